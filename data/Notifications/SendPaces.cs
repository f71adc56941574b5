using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using static FrontDesk.Data.Notifications.SkipLockedClaim;

namespace FrontDesk.Data.Notifications;

// Where the sender's pace is kept when several hosts share the database (Shared, PostgreSQL): each host takes its
// slots here under the keys' locks, so the limits hold for all of them together. On SQLite (one host per file) the
// sender keeps its pace in memory and never calls TakeAsync.
public sealed class SendPaces(IDbContextFactory<FrontDeskDb> dbs)
{
    public const int MaxKeyLength = 400;

    // Every few hundred takes, the slots every key has left behind go (a conversation may never be sent to again).
    private const int SweepEvery = 500;

    private bool? _shared;
    private int _takes;

    public async ValueTask<bool> SharedAsync(CancellationToken ct = default)
    {
        if (_shared is { } known)
        {
            return known;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        _shared = Providers.DatabaseDialect.Of(db).ServesSeveralInstances;
        return _shared.Value;
    }

    // The key's next slot by pace's rule (SpacedPace): books the first free one at or after now when it is at most
    // maxWait away and returns it; otherwise books nothing and returns when a booking would be within maxWait. One
    // statement: the row's lock orders the hosts for that statement only, so no host holds the key while it talks to
    // the database. The row keeps the key's last slot and where its run began, so every host sees the start ramp; the
    // CASEs are SpacedPace.StartsRun and After over them (the values come from pace).
    public async Task<SlotChoice> BookAsync(string key, SpacedPace pace, DateTimeOffset now, TimeSpan maxWait, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        const string at = """greatest(p."NextAt", @now)""";
        const string startsRun = $"""(p."LastAt" IS NULL OR {at} - p."LastAt" > @quiet)""";
        command.CommandText = $"""
            INSERT INTO "SendPaces" AS p ("Key", "NextAt", "LastAt", "RunFrom") VALUES (@key, @now + @rampSpacing, @now, @now)
            ON CONFLICT ("Key") DO UPDATE SET
                "LastAt" = {at},
                "RunFrom" = CASE WHEN {startsRun} THEN {at} ELSE p."RunFrom" END,
                "NextAt" = {at} + CASE WHEN {startsRun} OR {at} - p."RunFrom" < @ramp THEN @rampSpacing ELSE @spacing END
                WHERE p."NextAt" <= @now + @wait
            RETURNING "LastAt";
            SELECT "NextAt" FROM "SendPaces" WHERE "Key" = @key;
            """;
        Add(command, "key", key);
        Add(command, "now", now.ToUniversalTime());
        Add(command, "spacing", pace.Spacing);
        Add(command, "rampSpacing", pace.After(now, runFrom: now));
        Add(command, "ramp", pace.Ramp);
        Add(command, "quiet", pace.Quiet);
        Add(command, "wait", maxWait);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct))
        {
            return SlotChoice.TakeAt(reader.GetFieldValue<DateTimeOffset>(0));
        }
        await reader.NextResultAsync(ct);
        var next = await reader.ReadAsync(ct) ? reader.GetFieldValue<DateTimeOffset>(0) : now;
        return SlotChoice.FreeAt(next - maxWait);
    }

    // A slot taken for the key at `from` counts from `to` instead (its send was answered then). One statement.
    public async Task MoveAsync(string key, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """
            UPDATE "SendSlots" SET "At" = @to
            WHERE "Id" = (SELECT "Id" FROM "SendSlots" WHERE "Key" = @key AND "At" = @from LIMIT 1);
            """;
        Add(command, "key", key);
        Add(command, "from", from.ToUniversalTime());
        Add(command, "to", to.ToUniversalTime());
        await command.ExecuteNonQueryAsync(ct);
    }

    // Locks the keys in the order given (callers give the narrower first, so no two takes wait on each other in a
    // circle), shows choose each key's slots after its Since, and takes a slot at the time it chose for every key.
    public async Task<SlotChoice> TakeAsync(IReadOnlyList<(string Key, DateTimeOffset Since)> keys,
        Func<IReadOnlyList<IReadOnlyList<DateTimeOffset>>, SlotChoice> choose, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        // The connection's own transaction, not EF's: it needs only these keys' locks, not the one that queues writers.
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var times = keys.Select(_ => new List<DateTimeOffset>()).ToList();
        await using (var read = Command(connection, transaction, keys))
        {
            // One batch: the last statement reads once the locks are held (each statement sees what was committed
            // before it started).
            read.CommandText = string.Concat(keys.Select((_, i) => $"SELECT pg_advisory_xact_lock(hashtextextended(@k{i}, 0));")) +
                $"""SELECT "Key", "At" FROM "SendSlots" WHERE {Each(keys, i => $"""("Key" = @k{i} AND "At" > @s{i})""", " OR ")};""";
            await using var reader = await read.ExecuteReaderAsync(ct);
            for (var i = 0; i < keys.Count; i++)
            {
                await reader.NextResultAsync(ct);
            }
            while (await reader.ReadAsync(ct))
            {
                var key = reader.GetString(0);
                times[keys.ToList().FindIndex(k => k.Key == key)].Add(reader.GetFieldValue<DateTimeOffset>(1));
            }
        }
        var choice = choose(times);
        if (!choice.Take)
        {
            await transaction.RollbackAsync(ct);
            return choice;
        }
        await using (var write = Command(connection, transaction, keys))
        {
            write.CommandText = $"""
                INSERT INTO "SendSlots" ("Key", "At") VALUES {Each(keys, i => $"(@k{i}, @at)", ", ")};
                DELETE FROM "SendSlots" WHERE {Each(keys, i => $"""("Key" = @k{i} AND "At" <= @s{i})""", " OR ")};
                """;
            if (Interlocked.Increment(ref _takes) % SweepEvery == 0)
            {
                // The earliest Since is the longest window: nothing older counts for any key.
                write.CommandText += """DELETE FROM "SendSlots" WHERE "At" <= @oldest;""";
                Add(write, "oldest", keys.Min(k => k.Since).ToUniversalTime());
            }
            Add(write, "at", choice.At.ToUniversalTime());
            await write.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return choice;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string Key, DateTimeOffset Since)> keys)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var i = 0; i < keys.Count; i++)
        {
            Add(command, "k" + i.ToString(CultureInfo.InvariantCulture), keys[i].Key);
            Add(command, "s" + i.ToString(CultureInfo.InvariantCulture), keys[i].Since.ToUniversalTime());
        }
        return command;
    }

    private static string Each(IReadOnlyList<(string Key, DateTimeOffset Since)> keys, Func<int, string> part, string separator) =>
        string.Join(separator, Enumerable.Range(0, keys.Count).Select(part));
}
