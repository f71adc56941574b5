using System.Globalization;
using System.Security.Cryptography;
using FrontDesk.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Lobby;

public sealed record LobbyConversationState(string Id, string UserId, string? Locale, long TokenGeneration, DateTimeOffset LastActive,
    DateTimeOffset? VisitorSpokeAt, long StreamEpoch, bool StreamOpen, DateTimeOffset? StreamLostAt);

public sealed record LobbyActivitySet(IReadOnlyList<string> Activities, long Watermark);

// A wake-up: something changed in this conversation; Watermark is its log's latest (0 when it ended or its stream moved).
public sealed record LobbyWakeup(string ConversationId, long Watermark);

// The kiosk conversations several instances share: each row change that a live stream must see sends a
// wake-up (conversation id and watermark) that every instance hears, so the one holding the kiosk's socket
// reads the new activities from here.
public sealed class LobbyConversations(IDbContextFactory<FrontDeskDb> dbs)
{
    public const string Channel = "frontdesk_lobby";

    // False when a conversation of that id already exists.
    public async Task<bool> CreateAsync(string id, string userId, string? locale, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.Add(new LobbyConversationRow { Id = id, UserId = userId, Locale = locale, CreatedAt = now, LastActive = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DatabaseDialect.Of(db).IsUniqueViolation(e))
        {
            return false;
        }
    }

    // Counts as activity; null when the conversation is gone.
    public async Task<LobbyConversationState?> TouchAsync(string id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await Rows(db, id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastActive, now), ct);
        return await StateAsync(db, id, ct);
    }

    public async Task<LobbyConversationState?> PeekAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await StateAsync(db, id, ct);
    }

    // For callers that cannot wait (whether a kiosk is still there, asked while composing a notice): one row by key.
    public LobbyConversationState? Peek(string id)
    {
        using var db = dbs.CreateDbContext();
        return Select(Rows(db, id)).FirstOrDefault();
    }

    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<LobbyConversationRow>().CountAsync(ct);
    }

    // The next number for an activity id of the conversation; 0 when it is gone.
    public async Task<long> NextNumberAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginRowLockedTransactionAsync(ct);
        var number = await NextAsync(db, id, ct);
        await tx.CommitAsync(ct);
        return number;
    }

    public async Task<long> NextTokenGenerationAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginRowLockedTransactionAsync(ct);
        await Rows(db, id).ExecuteUpdateAsync(s => s.SetProperty(c => c.TokenGeneration, c => c.TokenGeneration + 1), ct);
        var generation = await Rows(db, id).Select(c => c.TokenGeneration).FirstOrDefaultAsync(ct);
        await tx.CommitAsync(ct);
        return generation;
    }

    public async Task VisitorSpokeAsync(string id, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await Rows(db, id).ExecuteUpdateAsync(s => s.SetProperty(c => c.VisitorSpokeAt, now), ct);
    }

    // Appends (or, for an id already logged, replaces) and keeps the newest maxActivities; returns the watermark
    // (0 when the conversation is gone). The wake-up goes out when the append commits.
    public async Task<long> AppendAsync(string id, string activityId, string json, int maxActivities, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginRowLockedTransactionAsync(ct);
        await Rows(db, id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Watermark, c => c.Watermark + 1), ct);
        var watermark = await Rows(db, id).Select(c => c.Watermark).FirstOrDefaultAsync(ct);
        if (watermark == 0)
        {
            return 0;
        }
        await Log(db, id).Where(a => a.ActivityId == activityId).ExecuteDeleteAsync(ct);
        db.Add(new LobbyActivityRow { ConversationId = id, Watermark = watermark, ActivityId = activityId, Json = json });
        await db.SaveChangesAsync(ct);
        var oldest = await Log(db, id).OrderByDescending(a => a.Watermark).Skip(maxActivities).Select(a => (long?)a.Watermark).FirstOrDefaultAsync(ct);
        if (oldest is { } cut)
        {
            await Log(db, id).Where(a => a.Watermark <= cut).ExecuteDeleteAsync(ct);
        }
        await WakeAsync(db, id, watermark, ct);
        await tx.CommitAsync(ct);
        return watermark;
    }

    public async Task<LobbyActivitySet> SinceAsync(string id, long watermark, CancellationToken ct = default)
    {
        // No transaction (a reader need not queue behind the writers): an append commits its watermark and its row
        // together, so every activity up to the watermark read first is there to read next.
        await using var db = await dbs.CreateDbContextAsync(ct);
        var latest = await Rows(db, id).Select(c => c.Watermark).FirstOrDefaultAsync(ct);
        var activities = await Log(db, id).Where(a => a.Watermark > watermark && a.Watermark <= latest)
            .OrderBy(a => a.Watermark).Select(a => a.Json).ToListAsync(ct);
        return new(activities, latest);
    }

    public async Task<bool> HasAsync(string id, string activityId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Log(db, id).AnyAsync(a => a.ActivityId == activityId, ct);
    }

    public async Task<bool> RemoveAsync(string id, string activityId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Log(db, id).Where(a => a.ActivityId == activityId).ExecuteDeleteAsync(ct) > 0;
    }

    // A new socket became the conversation's stream (an older one, wherever it is, hears it moved); returns its epoch.
    public async Task<long> StreamOpenedAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginRowLockedTransactionAsync(ct);
        await Rows(db, id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.StreamEpoch, c => c.StreamEpoch + 1)
            .SetProperty(c => c.StreamOpen, true)
            .SetProperty(c => c.StreamLostAt, (DateTimeOffset?)null), ct);
        var epoch = await Rows(db, id).Select(c => c.StreamEpoch).FirstOrDefaultAsync(ct);
        await WakeAsync(db, id, 0, ct);
        await tx.CommitAsync(ct);
        return epoch;
    }

    // Only the stream of that epoch: a socket that was replaced leaves the new one's record alone.
    public async Task StreamClosedAsync(string id, long epoch, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await Rows(db, id).Where(c => c.StreamEpoch == epoch && c.StreamOpen)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StreamOpen, false).SetProperty(c => c.StreamLostAt, now), ct);
    }

    // Ends conversations (their activities go with them); returns those that were still there.
    public async Task<IReadOnlyList<string>> EndAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var ended = new List<string>();
        foreach (var id in ids)
        {
            await using var tx = await db.Database.BeginRowLockedTransactionAsync(ct);
            if (await Rows(db, id).ExecuteDeleteAsync(ct) > 0)
            {
                await WakeAsync(db, id, 0, ct);
                ended.Add(id);
            }
            await tx.CommitAsync(ct);
        }
        return ended;
    }

    public async Task<IReadOnlyList<string>> IdleSinceAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<LobbyConversationRow>().Where(c => c.LastActive < cutoff).Select(c => c.Id).ToListAsync(ct);
    }

    // Who makes way for a new conversation: first one nobody has said anything in, then one quiet since quietSince,
    // then the least recently used.
    public async Task<string?> LeastNeededAsync(DateTimeOffset quietSince, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var all = db.Set<LobbyConversationRow>();
        return await all.Where(c => c.VisitorSpokeAt == null).OrderBy(c => c.LastActive).Select(c => c.Id).FirstOrDefaultAsync(ct)
            ?? await all.Where(c => c.VisitorSpokeAt < quietSince).OrderBy(c => c.VisitorSpokeAt).Select(c => c.Id).FirstOrDefaultAsync(ct)
            ?? await all.OrderBy(c => c.LastActive).Select(c => c.Id).FirstOrDefaultAsync(ct);
    }

    // Which of these conversations still exist (an instance forgets its handles of the others).
    public async Task<IReadOnlyList<string>> StillThereAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<LobbyConversationRow>().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
    }

    // Whether other instances share the database, so the conversations have to live there.
    public bool Shared
    {
        get
        {
            using var db = dbs.CreateDbContext();
            return DatabaseDialect.Of(db).ServesSeveralInstances;
        }
    }

    // The shared token key: the first instance to ask makes it, every other reads the same. Asked once per process.
    public byte[] SigningKey()
    {
        using (var db = dbs.CreateDbContext())
        {
            if (db.Set<LobbySigningKey>().FirstOrDefault(k => k.Id == 1) is { } existing)
            {
                return existing.Key;
            }
            db.Add(new LobbySigningKey { Id = 1, Key = RandomNumberGenerator.GetBytes(32) });
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException e) when (DatabaseDialect.Of(db).IsUniqueViolation(e))
            {
                // Another instance made it first: use theirs.
            }
        }
        using var fresh = dbs.CreateDbContext();
        return fresh.Set<LobbySigningKey>().First(k => k.Id == 1).Key;
    }

    // Every wake-up sent by any instance; null means "some may have been missed: look at every stream again".
    public async IAsyncEnumerable<LobbyWakeup?> WakeupsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string connectionString;
        DatabaseDialect dialect;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            connectionString = db.Database.GetConnectionString() ?? "";
            dialect = DatabaseDialect.Of(db);
        }
        await foreach (var payload in dialect.ListenAsync(connectionString, Channel, ct))
        {
            var split = payload.LastIndexOf(' ');
            if (split > 0 && long.TryParse(payload.AsSpan(split + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark))
            {
                yield return new LobbyWakeup(payload[..split], watermark);
            }
            else
            {
                yield return null;
            }
        }
    }

    private static Task WakeAsync(FrontDeskDb db, string id, long watermark, CancellationToken ct) =>
        DatabaseDialect.Of(db).NotifyAsync(db, Channel, string.Create(CultureInfo.InvariantCulture, $"{id} {watermark}"), ct);

    private static async Task<long> NextAsync(FrontDeskDb db, string id, CancellationToken ct)
    {
        await Rows(db, id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Counter, c => c.Counter + 1), ct);
        return await Rows(db, id).Select(c => c.Counter).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<LobbyConversationRow> Rows(FrontDeskDb db, string id) => db.Set<LobbyConversationRow>().Where(c => c.Id == id);

    private static IQueryable<LobbyActivityRow> Log(FrontDeskDb db, string id) => db.Set<LobbyActivityRow>().Where(a => a.ConversationId == id);

    private static Task<LobbyConversationState?> StateAsync(FrontDeskDb db, string id, CancellationToken ct) =>
        Select(Rows(db, id)).FirstOrDefaultAsync(ct);

    private static IQueryable<LobbyConversationState?> Select(IQueryable<LobbyConversationRow> rows) =>
        rows.Select(c => new LobbyConversationState(c.Id, c.UserId, c.Locale, c.TokenGeneration, c.LastActive, c.VisitorSpokeAt,
            c.StreamEpoch, c.StreamOpen, c.StreamLostAt));
}
