using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FrontDesk.Data.Providers;

// One async queue per SQLite file for this process's writers. SQLite lets one writer in at a time, and
// Microsoft.Data.Sqlite retries a busy file by sleeping 150 ms on the caller's thread: under load every
// waiting turn held a thread-pool thread asleep while the lock sat free between naps. Writers of this
// process now wait here, in order and without a thread; SQLite's own lock (and its busy retry) still guards
// the file against other processes (the backup command, a second host).
internal static class SqliteWriteGate
{
    // SQLite's SQLITE_BUSY: what a writer gets when the lock was not had in time, so callers answer "busy".
    private const int Busy = 5;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    // Which EF connection holds which file's gate (EF names each connection by a Guid in every event).
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Holders = new();

    public static bool Holds(Guid connectionId) => Holders.ContainsKey(connectionId);

    // Takes the file's gate for the connection, waiting at most its busy timeout; false when it already held it.
    public static async ValueTask<bool> EnterAsync(DbConnection connection, Guid connectionId, CancellationToken ct)
    {
        if (Gate(connection) is not { } gate || Holders.ContainsKey(connectionId))
        {
            return false;
        }
        if (!await gate.WaitAsync(Timeout(connection), ct))
        {
            throw TimedOut();
        }
        Holders[connectionId] = gate;
        return true;
    }

    public static bool Enter(DbConnection connection, Guid connectionId)
    {
        if (Gate(connection) is not { } gate || Holders.ContainsKey(connectionId))
        {
            return false;
        }
        if (!gate.Wait(Timeout(connection)))
        {
            throw TimedOut();
        }
        Holders[connectionId] = gate;
        return true;
    }

    public static void Exit(Guid connectionId)
    {
        if (Holders.TryRemove(connectionId, out var gate))
        {
            gate.Release();
        }
    }

    // What is left of the busy timeout after the wait in the queue, for SQLite's own wait (whole seconds, at least one).
    public static int RemainingSeconds(DbConnection connection, long waitStarted)
    {
        var left = Timeout(connection) - Stopwatch.GetElapsedTime(waitStarted);
        return Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));
    }

    private static SemaphoreSlim? Gate(DbConnection connection) =>
        connection is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:"
            ? Files.GetOrAdd(file, _ => new SemaphoreSlim(1, 1))
            : null;

    private static TimeSpan Timeout(DbConnection connection) =>
        TimeSpan.FromSeconds(connection is SqliteConnection { DefaultTimeout: > 0 } c ? c.DefaultTimeout : 30);

    private static SqliteException TimedOut() => new("database is locked (this process's other writers held it past the busy timeout)", Busy);
}
