using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

// The desk's private list of people to see before they go up.
public sealed class Watchlist(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public const double NameThreshold = 0.9;

    public async Task<WatchlistEntry> AddAsync(string name, string? company, string reason, string actor, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entry = new WatchlistEntry
        {
            Name = VisitRules.Clean(name),
            Company = string.IsNullOrWhiteSpace(company) ? null : VisitRules.Clean(company),
            Reason = VisitRules.Clean(reason),
            AddedAt = clock.GetUtcNow(),
            AddedBy = actor,
        };
        db.Add(entry);
        db.Audit.Add(new AuditEntry { At = entry.AddedAt, Actor = actor, Action = "watchlist.added", Subject = entry.Name });
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<bool> RemoveAsync(int id, string actor, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entry = await db.Set<WatchlistEntry>().SingleOrDefaultAsync(w => w.Id == id && w.Active, ct);
        if (entry is null)
        {
            return false;
        }
        entry.Active = false;
        db.Audit.Add(new AuditEntry { At = clock.GetUtcNow(), Actor = actor, Action = "watchlist.removed", Subject = entry.Name });
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<WatchlistEntry>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<WatchlistEntry>().AsNoTracking().Where(w => w.Active).OrderBy(w => w.Name).ToListAsync(ct);
    }

    // A visitor matches when the name is (nearly) the same and, if the entry names a company, so does theirs.
    public static WatchlistEntry? Match(IEnumerable<WatchlistEntry> entries, string visitorName, string? visitorCompany) =>
        entries.FirstOrDefault(w =>
            NameMatcher.Score(visitorName, w.Name) >= NameThreshold &&
            (w.Company is null || (visitorCompany is not null && NameMatcher.Score(visitorCompany, w.Company) >= NameThreshold)));

    internal static async Task<WatchlistEntry?> MatchAsync(FrontDeskDb db, string visitorName, string? visitorCompany, CancellationToken ct) =>
        Match(await db.Set<WatchlistEntry>().AsNoTracking().Where(w => w.Active).ToListAsync(ct), visitorName, visitorCompany);
}
