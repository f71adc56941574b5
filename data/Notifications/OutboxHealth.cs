using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// How the outbox stands, for /healthz and the metrics: read only, never claims or changes a row.
public sealed class OutboxHealth(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    // Not yet delivered: waiting for its turn, for a retry, or being sent.
    private static readonly System.Linq.Expressions.Expression<Func<Notification, bool>> Waiting = n =>
        n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Retrying || n.Status == NotificationStatus.Sending;

    public async Task<OutboxState> ReadAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var depth = await db.Notifications.CountAsync(Waiting, ct);
        var oldestDue = await db.Notifications
            .Where(n => (n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Retrying) && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt)
            .Select(n => (DateTimeOffset?)n.NextAttemptAt)
            .FirstOrDefaultAsync(ct);
        var deadLetters = await db.Notifications.CountAsync(n => n.Status == NotificationStatus.DeadLetter, ct);
        return new OutboxState(depth, oldestDue is { } due ? now - due : TimeSpan.Zero, deadLetters);
    }
}

// Depth: rows not yet delivered; OldestDueAge: how long the oldest row that is due has waited (zero when none is).
public sealed record OutboxState(int Depth, TimeSpan OldestDueAge, int DeadLetters);
