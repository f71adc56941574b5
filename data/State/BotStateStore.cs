using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.State;

// A stored state document and the ETag it was written with.
public sealed record StoredState(string Json, string ETag);

// One document to write. ExpectedETag null, "" or "*" writes whatever is stored; any other value must
// equal the stored ETag (a key with no stored document is written, as the Bot Framework storages do).
public sealed record StateChange(string Key, string Json, string? ExpectedETag = null)
{
    public bool IsUnconditional => string.IsNullOrEmpty(ExpectedETag) || ExpectedETag == "*";
}

// Thrown when a conditional write finds another ETag stored: someone else wrote the document meanwhile.
// The message is the one the Bot Framework's own storages use.
public sealed class ETagConflictException(string key, string? expected, string? current)
    : Exception($"Etag conflict.\r\n\r\nOriginal: {expected}\r\nCurrent: {current}")
{
    public string Key { get; } = key;
}

// The bot's conversation and user state as JSON documents, one row per key.
public sealed class BotStateStore(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock) : IStateDocuments
{
    public async Task<IReadOnlyDictionary<string, StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return new Dictionary<string, StoredState>();
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.BotState.AsNoTracking()
            .Where(s => keys.Contains(s.Key))
            .ToDictionaryAsync(s => s.Key, s => new StoredState(s.Json, s.ETag), StringComparer.Ordinal, ct);
    }

    // All or nothing: on a conflict nothing of the batch is written. Returns the new ETag of each key.
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyCollection<StateChange> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return written;
        }
        var keys = changes.Select(c => c.Key).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Transactions queue at BEGIN on either provider (SQLite's IMMEDIATE, PostgreSQL's SerializedTransactions):
        // the write lock is taken before the ETags are read, so two writers holding the same ETag cannot both pass.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stored = await db.BotState.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, ct);
        var now = clock.GetUtcNow();
        foreach (var change in changes)
        {
            var etag = Guid.NewGuid().ToString("N");
            if (stored.TryGetValue(change.Key, out var row))
            {
                if (!change.IsUnconditional && change.ExpectedETag != row.ETag)
                {
                    throw new ETagConflictException(change.Key, change.ExpectedETag, row.ETag);
                }
                row.Json = change.Json;
                row.ETag = etag;
                row.UpdatedAt = now;
            }
            else
            {
                db.BotState.Add(new BotStateEntry { Key = change.Key, Json = change.Json, ETag = etag, UpdatedAt = now });
            }
            written[change.Key] = etag;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return written;
    }

    // Forgets state not written for a while (a lobby visitor's half-finished form); returns how many went.
    public async Task<int> PurgeAsync(TimeSpan notWrittenFor, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - notWrittenFor;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.BotState.Where(s => s.UpdatedAt < cutoff).ExecuteDeleteAsync(ct);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.BotState.Where(s => keys.Contains(s.Key)).ExecuteDeleteAsync(ct);
    }
}
