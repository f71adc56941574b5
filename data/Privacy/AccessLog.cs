using FrontDesk.Data.Audit;
using FrontDesk.Data.Feedback;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Privacy;

// Who looked at or took away visitor data, in the audit log beside the directory's changes. Entries name
// records by id and say how many, never the names shown, so erasing a visitor leaves nothing of them here.
public sealed class AccessLog(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public const string Viewed = "visitors.viewed";
    public const string Exported = "export.downloaded";
    private const int IdsKept = 50;

    public async Task RecordAsync(string actor, string action, string subject, string? details, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.Audit.Add(new AuditEntry { At = clock.GetUtcNow(), Actor = actor, Action = action, Subject = subject, Details = details });
        await db.SaveChangesAsync(ct);
    }

    public Task ViewedAsync(string actor, string what, IReadOnlyCollection<int> visitIds, CancellationToken ct = default) =>
        RecordAsync(actor, Viewed, what, Ids(visitIds), ct);

    // Feedback shown with what its giver wrote and, where they agreed, how to reach them: the entries, and the visits
    // of those given at the kiosk (so a visitor's record shows who read their feedback).
    public Task FeedbackViewedAsync(string actor, string what, IReadOnlyCollection<FeedbackEntry> entries, CancellationToken ct = default) =>
        RecordAsync(actor, Viewed, what,
            $"{Ids("feedback", [.. entries.Select(e => e.Id)])} {Ids([.. entries.Where(e => e.VisitId is not null).Select(e => e.VisitId!.Value)])}", ct);

    // The desk's watchlist (names of people held at the kiosk), by entry.
    public Task WatchlistViewedAsync(string actor, IReadOnlyCollection<int> entryIds, CancellationToken ct = default) =>
        RecordAsync(actor, Viewed, "watchlist", Ids("watchlist", entryIds), ct);

    // "visits=3,5,9" (the first fifty, then how many more).
    public static string Ids(IReadOnlyCollection<int> visitIds) => Ids("visits", visitIds);

    private static string Ids(string records, IReadOnlyCollection<int> ids)
    {
        var shown = string.Join(',', ids.Take(IdsKept).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return ids.Count > IdsKept ? $"{records}={shown} (+{ids.Count - IdsKept})" : $"{records}={shown}";
    }

    // Newest first, within [from, to), by any of the given accounts (all when none are given).
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(IReadOnlyList<string>? actors, DateTimeOffset from, DateTimeOffset to, int max,
        CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entries = db.Audit.AsNoTracking().Where(a => a.At >= from && a.At < to);
        if (actors is not null)
        {
            entries = entries.Where(a => actors.Contains(a.Actor));
        }
        return await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(max).ToListAsync(ct);
    }
}
