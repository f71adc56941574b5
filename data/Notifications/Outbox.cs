using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// Where features leave notifications for the sender, and where they and the reports look them up.
public sealed class Outbox(IDbContextFactory<FrontDeskDb> dbs, OutboxSignal signal, TimeProvider clock)
{
    // Saves the notification on its own. The same key twice returns the first row.
    public async Task<Notification> EnqueueAsync(NotificationRequest request, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = (await EnqueueAsync(db, [request], ct))[0];
        if (db.Entry(row).State != EntityState.Added)
        {
            return row;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return row;
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 })
        {
            // SQLITE_CONSTRAINT_UNIQUE: another caller enqueued the same key between our read and our write.
            await using var again = await dbs.CreateDbContextAsync(ct);
            return await again.Notifications.AsNoTracking().SingleAsync(n => n.IdempotencyKey == request.IdempotencyKey, ct);
        }
    }

    // Adds the notifications to the caller's unit of work without saving, so the feature's own change and
    // its notifications commit together. A key already known keeps its row (one look-up for all keys).
    // Returns the rows in the order asked.
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

    public async Task<Notification?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
    }

    public async Task<Notification?> FindByKeyAsync(string idempotencyKey, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.IdempotencyKey == idempotencyKey, ct);
    }

    // Everything sent (or still owed) about one record, oldest first: "visit:42", "mail:M-20261128-0042".
    public async Task<IReadOnlyList<Notification>> ForRecordAsync(string relatedTo, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.RelatedTo == relatedTo)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Notification>> WithStatusAsync(NotificationStatus status, int max = 100, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking().Where(n => n.Status == status)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Take(max).ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<NotificationStatus, int>> CountByStatusAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Notifications.GroupBy(n => n.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);
    }

    private void WakeSender(object? sender, SavedChangesEventArgs e)
    {
        if (sender is DbContext db)
        {
            db.SavedChanges -= WakeSender;
        }
        signal.Raise();
    }
}
