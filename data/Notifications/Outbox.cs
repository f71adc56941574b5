using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// Where features leave notifications for the sender: rows added to the feature's own unit of work, so a
// change and the notifications it causes commit together, or neither does.
public sealed class Outbox(OutboxSignal signal, TimeProvider clock)
{
    // Adds the rows without saving. A key already known (saved, or added earlier) keeps its row, so a
    // retried turn notifies once; one look-up for all keys. Returns the rows in the order asked.
    public async Task<IReadOnlyList<Notification>> EnqueueAsync(FrontDeskDb db, IReadOnlyList<NotificationRequest> requests, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(requests);
        foreach (var request in requests)
        {
            request.Validate();
        }
        var keys = requests.Select(r => r.IdempotencyKey).Distinct(StringComparer.Ordinal).ToList();
        var known = db.Notifications.Local.Where(n => keys.Contains(n.IdempotencyKey)).ToDictionary(n => n.IdempotencyKey, StringComparer.Ordinal);
        foreach (var saved in await db.Notifications.Where(n => keys.Contains(n.IdempotencyKey)).ToListAsync(ct))
        {
            known.TryAdd(saved.IdempotencyKey, saved);
        }
        var now = clock.GetUtcNow();
        var rows = new List<Notification>(requests.Count);
        foreach (var request in requests)
        {
            if (!known.TryGetValue(request.IdempotencyKey, out var row))
            {
                row = New(request, now);
                db.Notifications.Add(row);
                known[request.IdempotencyKey] = row;
            }
            rows.Add(row);
        }
        // Once per context: the handler removes itself after the save.
        db.SavedChanges -= WakeSender;
        db.SavedChanges += WakeSender;
        return rows;
    }

    private static Notification New(NotificationRequest request, DateTimeOffset now) => new()
    {
        IdempotencyKey = request.IdempotencyKey,
        ChannelId = request.Target.ChannelId,
        ConversationId = request.Target.ConversationId,
        RecipientAadObjectId = request.Target.AadObjectId,
        ActivityJson = request.ActivityJson,
        ReplacesActivityId = request.ReplacesActivityId,
        Kind = request.Kind,
        RelatedTo = request.RelatedTo,
        Status = NotificationStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    // For a caller that enqueued inside its own explicit transaction: after committing, wake the sender
    // (otherwise the row waits for the next poll).
    public void Wake() => signal.Raise();

    private void WakeSender(object? sender, SavedChangesEventArgs e)
    {
        if (sender is DbContext db)
        {
            db.SavedChanges -= WakeSender;
        }
        signal.Raise();
    }
}
