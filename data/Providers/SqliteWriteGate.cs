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

    private static readonly ConcurrentDictionary<string, FileGate> Files = new(StringComparer.Ordinal);

    // Which EF connection holds which file's gate (EF names each connection by a Guid in every event).
    private static readonly ConcurrentDictionary<Guid, FileGate> Holders = new();

    // Takes the file's gate for the connection; false when it already held it. A waiter gives up ("busy") when
    // no writer of this file took the gate, got SQLite's lock or finished for a whole busy timeout, so a queue that moves is
    // waited out (500 kiosks at once are slow, not refused) and a lock held elsewhere is not.
    public static async ValueTask<bool> EnterAsync(DbConnection connection, Guid connectionId, CancellationToken ct)
    {
        if (File(connection) is not { } gate || Holders.ContainsKey(connectionId))
        {
            return false;
        }
        var timeout = Timeout(connection);
        while (!await gate.Slot.WaitAsync(gate.Patience(timeout), ct))
        {
            if (gate.Patience(timeout) <= TimeSpan.Zero)
            {
                throw TimedOut();
            }
        }
        gate.Progressed();
        Holders[connectionId] = gate;
        return true;
    }

    public static bool Enter(DbConnection connection, Guid connectionId)
    {
        if (File(connection) is not { } gate || Holders.ContainsKey(connectionId))
        {
            return false;
        }
        var timeout = Timeout(connection);
        while (!gate.Slot.Wait(gate.Patience(timeout)))
        {
            if (gate.Patience(timeout) <= TimeSpan.Zero)
            {
                throw TimedOut();
            }
        }
        gate.Progressed();
        Holders[connectionId] = gate;
        return true;
    }

    // The holder got SQLite's lock: the queue is moving.
    public static void Progressed(Guid connectionId)
    {
        if (Holders.TryGetValue(connectionId, out var gate))
        {
            gate.Progressed();
        }
    }

    // Leaves the gate; done: the write went through (a failed one leaves the others' patience running).
    public static void Exit(Guid connectionId, bool done = false)
    {
        if (Holders.TryRemove(connectionId, out var gate))
        {
            if (done)
            {
                gate.Progressed();
            }
            gate.Slot.Release();
        }
    }

    private static FileGate? File(DbConnection connection) =>
        connection is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:"
            ? Files.GetOrAdd(file, _ => new FileGate())
            : null;

    private static TimeSpan Timeout(DbConnection connection) =>
        TimeSpan.FromSeconds(connection is SqliteConnection { DefaultTimeout: > 0 } c ? c.DefaultTimeout : 30);

    private static SqliteException TimedOut() => new("database is locked (no writer of this process got the lock within the busy timeout)", Busy);

    private sealed class FileGate
    {
        private long _lastProgress = Stopwatch.GetTimestamp();

        public SemaphoreSlim Slot { get; } = new(1, 1);

        public void Progressed() => Interlocked.Exchange(ref _lastProgress, Stopwatch.GetTimestamp());

        // How much longer a waiter waits: a busy timeout after the last progress (zero or less: the file is stuck).
        public TimeSpan Patience(TimeSpan timeout)
        {
            var left = timeout - Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastProgress));
            return left < TimeSpan.Zero ? TimeSpan.Zero : left;
        }
    }
}
