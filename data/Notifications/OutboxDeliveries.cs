using FrontDesk.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// The sender's side of the outbox: claiming due rows under a short, renewed lease and recording what happened.
public sealed class OutboxDeliveries(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    // Claims up to max rows that are about to be sent: only the oldest unsettled row of each conversation (so a
    // conversation goes strictly in order and one in flight holds back its later rows), when it is due or its
    // lease ran out (the process that claimed it stopped). Marked Sending until now + lease; oldest due first.
    // Rows this process still has in flight are never taken again, even if a renewal of their lease is late.
    public async Task<IReadOnlyList<Notification>> ClaimNextAsync(int max, TimeSpan lease, IReadOnlyCollection<long>? inFlight = null, CancellationToken ct = default)
    {
        var mine = inFlight ?? [];
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (DatabaseDialect.Of(db).ServesSeveralInstances)
        {
            var ids = await SkipLockedClaim.RunAsync(db, max, now, now + lease, mine, ct);
            return ids.Count == 0 ? [] : await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id))
                .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id).ToListAsync(ct);
        }
        // The transaction takes SQLite's write lock first, so two passes never claim the same row.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await Heads(db)
            .Where(n => !mine.Contains(n.Id))
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

    // At a sender's first pass: on SQLite (one host per file) rows left Sending were claimed by a process that has
    // stopped, so they are due now rather than when their lease runs out. Returns how many were released.
    public async Task<int> ReleaseClaimsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Several hosts may share the database: their claims are live, and only leases decide.
        if (DatabaseDialect.Of(db).ServesSeveralInstances)
        {
            return 0;
        }
        return await db.Notifications.Where(n => n.Status == NotificationStatus.Sending && n.LeaseUntil > now)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.LeaseUntil, now), ct);
    }

    // Keeps a claim alive while its send is still running, so no other pass takes the row meanwhile.
    public async Task RenewLeaseAsync(long id, DateTimeOffset until, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Notifications.Where(n => n.Id == id && n.Status == NotificationStatus.Sending)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.LeaseUntil, (DateTimeOffset?)until), ct);
    }

    // When the next row falls due (for the sender's sleep), or null when nothing is waiting. Only each
    // conversation's first row counts: the rows behind it wait for it, however early they were due.
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var heads = await Heads(db).Select(n => n.Status == NotificationStatus.Sending ? n.LeaseUntil : n.NextAttemptAt).ToListAsync(ct);
        return heads.Count == 0 ? null : heads.Min();
    }

    // The oldest unsettled row of each conversation (a Teams user's personal chat counts as one conversation).
    private static IQueryable<Notification> Heads(FrontDeskDb db)
    {
        var unsettled = db.Notifications.Where(n =>
            n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Retrying || n.Status == NotificationStatus.Sending);
        var firsts = unsettled.GroupBy(n => n.ChannelId + "|" + (n.ConversationId ?? "user:" + n.RecipientAadObjectId)).Select(g => g.Min(n => n.Id));
        return unsettled.Where(n => firsts.Contains(n.Id));
    }

    // What was sent since then, where and when (to rebuild the sender's pacing after a restart).
    public async Task<IReadOnlyList<(string ChannelId, string ConversationId, DateTimeOffset At)>> SentSinceAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sent = await db.Notifications.AsNoTracking()
            .Where(n => n.Status == NotificationStatus.Sent && n.SentAt >= since && n.SentConversationId != null)
            .Select(n => new { n.ChannelId, n.SentConversationId, n.SentAt })
            .ToListAsync(ct);
        return [.. sent.Select(s => (s.ChannelId, s.SentConversationId!, s.SentAt!.Value))];
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

    // Only a row still claimed: one settled meanwhile (by a pass that took it after this one's lease ran out)
    // keeps what that pass recorded.
    private async Task RecordAsync(long id, CancellationToken ct, Action<Notification, DateTimeOffset> change)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.Status == NotificationStatus.Sending, ct) is not { } row)
        {
            return;
        }
        change(row, clock.GetUtcNow());
        row.LeaseUntil = null;
        await db.SaveChangesAsync(ct);
    }
}
