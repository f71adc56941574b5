using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// Notices still not delivered long after they were queued, whatever holds them: waiting for a retry, paced, queued
// behind a hanging send in their conversation, or claimed by a sender that is stuck. Lateness is read from the row,
// not from a failed try, so a notice that was never tried is found too.
public sealed class LateNotifications(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    // The oldest first; rows of kind excludedKind (the alerts themselves) are left out, and so is any row that
    // already has a row keyed reportedKeyPrefix + its id + ":" (the desk was told, in this process or an earlier one).
    public async Task<IReadOnlyList<Notification>> UnreportedAsync(TimeSpan after, string excludedKind, string reportedKeyPrefix, int max,
        CancellationToken ct = default)
    {
        var queuedBefore = clock.GetUtcNow() - after;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Retrying || n.Status == NotificationStatus.Sending)
            .Where(n => n.Kind != excludedKind && n.CreatedAt <= queuedBefore)
            .Where(n => !db.Notifications.Any(a => a.Kind == excludedKind && a.IdempotencyKey.StartsWith(reportedKeyPrefix + n.Id.ToString() + ":")))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(max)
            .ToListAsync(ct);
    }
}
