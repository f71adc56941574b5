using Microsoft.Data.Sqlite;

namespace FrontDesk.Data;

public enum WriteProbeResult
{
    Writable,
    Locked,
    ReadOnly,
    Unavailable,
}

// Proves a write is possible now: takes SQLite's write lock on a fresh connection (BEGIN IMMEDIATE, waiting
// at most the timeout) and writes in that transaction, then rolls it back so nothing is kept.
public static class DatabaseWriteProbe
{
    private const int ReadOnlyCode = 8;

    public static async Task<(WriteProbeResult Result, Exception? Error)> TryAsync(string connectionString, int timeoutSeconds, CancellationToken ct)
    {
        // Not pooled and not created: a pooled connection could have been opened before the file turned read-only.
        var probe = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = timeoutSeconds };
        try
        {
            await using var connection = new SqliteConnection(probe.ToString());
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, "BEGIN IMMEDIATE;", ct);
            try
            {
                await ExecuteAsync(connection, "CREATE TABLE healthz_probe (written INTEGER); INSERT INTO healthz_probe VALUES (1);", ct);
            }
            finally
            {
                await ExecuteAsync(connection, "ROLLBACK;", CancellationToken.None);
            }
            return (WriteProbeResult.Writable, null);
        }
        catch (SqliteException e)
        {
            return (e.SqliteErrorCode == ReadOnlyCode ? WriteProbeResult.ReadOnly : DatabaseFile.IsLockError(e) ? WriteProbeResult.Locked : WriteProbeResult.Unavailable, e);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
