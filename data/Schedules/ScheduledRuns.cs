using Cronos;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Schedules;

// When a schedule (a cron expression in the building's zone, e.g. "0 18 * * *" for 18:00) is due: the latest
// occurrence after the last one handled, up to now. Occurrences missed while the app was down collapse into that
// one, so a missed run is made late once, never once per missed day. The first time a schedule is seen, nothing
// in the past is due.
public sealed class ScheduledRuns(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, BuildingTime time)
{
    public static CronExpression Parse(string cron) => CronExpression.Parse(cron, CronFormat.Standard);

    public async Task<DateTimeOffset?> DueAsync(string name, CronExpression cron, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.ScheduledRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, ct);
        if (run is null)
        {
            db.ScheduledRuns.Add(new ScheduledRun { Name = name, LastDueAt = Latest(cron, now.AddYears(-1), now) ?? now });
            await db.SaveChangesAsync(ct);
            return null;
        }
        return Latest(cron, run.LastDueAt, now);
    }

    // Whether an occurrence worked out by the caller (today's closing time) has been handled already.
    public async Task<bool> HandledAsync(string name, DateTimeOffset occurrence, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.ScheduledRuns.AnyAsync(r => r.Name == name && r.LastDueAt >= occurrence, ct);
    }

    // The occurrence has been handled; false when another instance got there first.
    public async Task<bool> DoneAsync(string name, DateTimeOffset occurrence, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var updated = await db.ScheduledRuns.Where(r => r.Name == name && r.LastDueAt < occurrence)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastDueAt, occurrence).SetProperty(r => r.LastRunAt, now), ct);
        if (updated == 1 || await db.ScheduledRuns.AnyAsync(r => r.Name == name, ct))
        {
            return updated == 1;
        }
        // A schedule that HandledAsync asked about has no row until its first occurrence is done.
        db.ScheduledRuns.Add(new ScheduledRun { Name = name, LastDueAt = occurrence, LastRunAt = now });
        await db.SaveChangesAsync(ct);
        return true;
    }

    // The last occurrence in (after, upTo], or null.
    private DateTimeOffset? Latest(CronExpression cron, DateTimeOffset after, DateTimeOffset upTo)
    {
        DateTimeOffset? latest = null;
        for (var next = cron.GetNextOccurrence(after, time.Zone); next is { } n && n <= upTo; next = cron.GetNextOccurrence(n, time.Zone))
        {
            latest = n;
        }
        return latest;
    }
}
