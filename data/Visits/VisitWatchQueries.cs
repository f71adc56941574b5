using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace FrontDesk.Data.Visits;

// What the visit watch finds each round, and the notices it causes. Each visit is claimed once (a
// conditional update) in the same transaction as its notices, so a restart or a second instance never
// escalates or flags the same visit twice, and a crash never leaves a claim without its notices.
public sealed class VisitWatchQueries(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, IVisitNoticeSink notices)
{
    // Arrived, nobody from the company answered within the wait: the colleagues, the desk and the visitor are told.
    public async Task<IReadOnlyList<Visit>> EscalateUnansweredAsync(TimeSpan wait, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - wait;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var due = await db.Visits.AsNoTracking()
            .Where(v => (v.Status == VisitStatus.CheckedIn || v.Status == VisitStatus.AwaitingHost) &&
                        v.HostAnswer == null && v.EscalatedAt == null && v.ArrivedAt <= cutoff)
            .Select(v => v.Id).ToListAsync(ct);
        return await ClaimAsync(db, due, v => v.EscalatedAt == null, s => s.SetProperty(v => v.EscalatedAt, now), notices.NoAnswerAsync, ct);
    }

    // Still in after the longest stay: the desk is told.
    public async Task<IReadOnlyList<Visit>> FlagOverstaysAsync(TimeSpan longest, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - longest;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var due = await db.Visits.AsNoTracking()
            .Where(v => v.Status == VisitStatus.CheckedIn && v.OverstayFlaggedAt == null && v.CheckedInAt <= cutoff)
            .Select(v => v.Id).ToListAsync(ct);
        return await ClaimAsync(db, due, v => v.OverstayFlaggedAt == null, s => s.SetProperty(v => v.OverstayFlaggedAt, now), notices.OverstayAsync, ct);
    }

    private async Task<IReadOnlyList<Visit>> ClaimAsync(
        FrontDeskDb db, List<int> ids,
        Expression<Func<Visit, bool>> stillDue,
        Action<UpdateSettersBuilder<Visit>> mark,
        Func<FrontDeskDb, Visit, CancellationToken, Task> notify,
        CancellationToken ct)
    {
        var claimed = new List<Visit>();
        foreach (var id in ids)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.Visits.Where(v => v.Id == id).Where(stillDue).ExecuteUpdateAsync(mark, ct) != 1)
            {
                continue;
            }
            var visit = await db.Visits.AsNoTracking().Include(v => v.Host).Include(v => v.Company).SingleAsync(v => v.Id == id, ct);
            await notify(db, visit, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            claimed.Add(visit);
        }
        if (claimed.Count > 0)
        {
            notices.Committed();
        }
        return claimed;
    }
}
