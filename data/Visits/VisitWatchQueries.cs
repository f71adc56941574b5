using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

// What the visit watch finds each round. Each visit is claimed once (a conditional update), so a
// restart or a second instance never escalates or flags the same visit twice.
public sealed class VisitWatchQueries(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    // Arrived, nobody from the company answered within the wait: returned with Host and Company.
    public async Task<IReadOnlyList<Visit>> ClaimUnansweredAsync(TimeSpan wait, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - wait;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var due = await db.Visits.AsNoTracking()
            .Where(v => (v.Status == VisitStatus.CheckedIn || v.Status == VisitStatus.AwaitingHost) &&
                        v.HostAnswer == null && v.EscalatedAt == null && v.ArrivedAt <= cutoff)
            .Select(v => v.Id).ToListAsync(ct);
        return await ClaimAsync(db, due, v => v.EscalatedAt == null, s => s.SetProperty(v => v.EscalatedAt, now), ct);
    }

    public async Task<IReadOnlyList<Visit>> ClaimOverstaysAsync(TimeSpan longest, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - longest;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var due = await db.Visits.AsNoTracking()
            .Where(v => v.Status == VisitStatus.CheckedIn && v.OverstayFlaggedAt == null && v.CheckedInAt <= cutoff)
            .Select(v => v.Id).ToListAsync(ct);
        return await ClaimAsync(db, due, v => v.OverstayFlaggedAt == null, s => s.SetProperty(v => v.OverstayFlaggedAt, now), ct);
    }

    private static async Task<IReadOnlyList<Visit>> ClaimAsync(
        FrontDeskDb db, List<int> ids,
        System.Linq.Expressions.Expression<Func<Visit, bool>> stillDue,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Visit>> mark,
        CancellationToken ct)
    {
        var claimed = new List<int>();
        foreach (var id in ids)
        {
            if (await db.Visits.Where(v => v.Id == id).Where(stillDue).ExecuteUpdateAsync(mark, ct) == 1)
            {
                claimed.Add(id);
            }
        }
        return await db.Visits.AsNoTracking().Include(v => v.Host).Include(v => v.Company)
            .Where(v => claimed.Contains(v.Id)).ToListAsync(ct);
    }
}
