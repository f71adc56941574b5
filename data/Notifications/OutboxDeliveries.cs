using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// The sender's side of the outbox: claiming due rows under a lease and recording what happened to them.
public sealed class OutboxDeliveries(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    // Marks up to max due rows Sending until now + lease and returns them, oldest due first. Rows whose
    // lease ran out (the process stopped mid-send) are due again.
    public async Task<IReadOnlyList<Notification>> ClaimDueAsync(int max, TimeSpan lease, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The transaction takes SQLite's write lock first, so two passes never claim the same row.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.Notifications
            .Where(n => ((n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Retrying) && n.NextAttemptAt <= now) ||
                        (n.Status == NotificationStatus.Sending && n.LeaseUntil <= now))
            .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
            .Take(max)
            .ToListAsync(ct);
        foreach (var row in due)
        {
            row.Status = NotificationStatus.Sending;
            row.LeaseUntil = now + lease;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due;
    }

    // When the next row falls due (for the sender's sleep), or null when nothing is waiting.
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var waiting = await db.Notifications
            .Where(n => n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Retrying)
            .OrderBy(n => n.NextAttemptAt)
            .Select(n => (DateTimeOffset?)n.NextAttemptAt)
            .FirstOrDefaultAsync(ct);
        var leased = await db.Notifications
            .Where(n => n.Status == NotificationStatus.Sending)
            .OrderBy(n => n.LeaseUntil)
            .Select(n => n.LeaseUntil)
            .FirstOrDefaultAsync(ct);
        return waiting is null ? leased : leased is null ? waiting : waiting < leased ? waiting : leased;
    }

    public Task MarkSentAsync(long id, string conversationId, string? activityId, CancellationToken ct = default) =>
        RecordAsync(id, ct, (row, now) =>
        {
            row.Status = NotificationStatus.Sent;
            row.Attempts++;
            row.SentAt = now;
            row.SentConversationId = conversationId;
            row.SentActivityId = activityId;
        });

    // Not tried (their conversation's pace was used up): back in line, without spending an attempt.
    public async Task PostponeAsync(IReadOnlyCollection<long> ids, DateTimeOffset notBefore, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Notifications.Where(n => ids.Contains(n.Id) && n.Status == NotificationStatus.Sending)
            .ExecuteUpdateAsync(u => u
                .SetProperty(n => n.Status, n => n.Attempts == 0 ? NotificationStatus.Pending : NotificationStatus.Retrying)
                .SetProperty(n => n.NextAttemptAt, notBefore)
                .SetProperty(n => n.LeaseUntil, (DateTimeOffset?)null), ct);
    }

    public Task ScheduleRetryAsync(long id, DateTimeOffset nextAttemptAt, string error, CancellationToken ct = default) =>
        RecordAsync(id, ct, (row, _) =>
        {
            row.Status = NotificationStatus.Retrying;
            row.Attempts++;
            row.NextAttemptAt = nextAttemptAt;
            row.LastError = error;
        });

    public Task MarkDeadLetterAsync(long id, string error, CancellationToken ct = default) =>
        RecordAsync(id, ct, (row, _) =>
        {
            row.Status = NotificationStatus.DeadLetter;
            row.Attempts++;
            row.LastError = error;
        });

    // Counts an attempt only when the channel was actually asked (a missing personal chat is not a try).
    public Task MarkUnreachableAsync(long id, string error, bool attempted, CancellationToken ct = default) =>
        RecordAsync(id, ct, (row, _) =>
        {
            row.Status = NotificationStatus.Unreachable;
            row.Attempts += attempted ? 1 : 0;
            row.LastError = error;
        });

    private async Task RecordAsync(long id, CancellationToken ct, Action<Notification, DateTimeOffset> change)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.Notifications.SingleAsync(n => n.Id == id, ct);
        change(row, clock.GetUtcNow());
        row.LeaseUntil = null;
        await db.SaveChangesAsync(ct);
    }
}
