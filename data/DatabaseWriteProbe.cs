using System.Data.Common;
using FrontDesk.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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

    // The probe for the database the context is on: SQLite's file lock, or a PostgreSQL server that takes writes.
    public static async Task<(WriteProbeResult Result, Exception? Error)> TryAsync(FrontDeskDb db, int timeoutSeconds, CancellationToken ct)
    {
        if (DatabaseDialect.Of(db) == DatabaseDialect.Sqlite)
        {
            return await TryAsync(db.Database.GetConnectionString()!, timeoutSeconds, ct);
        }
        // A connection of its own, not the context's: its transaction takes the writers' advisory lock itself,
        // waiting at most the probe's time, where the context's would wait the users' busy timeout.
        try
        {
            await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
            await connection.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            // The timeouts are whole seconds from a constant: nothing typed by anyone reaches this SQL.
            var seconds = Math.Clamp(timeoutSeconds, 1, 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SET LOCAL lock_timeout = '" + seconds + "s'; SET LOCAL statement_timeout = '" + seconds + "s'; " +
                SerializedTransactions.Sql + "; CREATE TABLE healthz_probe (written integer); INSERT INTO healthz_probe VALUES (1);";
            await command.ExecuteNonQueryAsync(ct);
            await transaction.RollbackAsync(ct);
            return (WriteProbeResult.Writable, null);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled)
        {
            return (WriteProbeResult.Locked, e);
        }
        catch (DbException e)
        {
            // 25006: read_only_sql_transaction (a standby, or a server set read-only).
            return (e.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction ? WriteProbeResult.ReadOnly : WriteProbeResult.Unavailable, e);
        }
    }

    public static async Task<(WriteProbeResult Result, Exception? Error)> TryAsync(string connectionString, int timeoutSeconds, CancellationToken ct)
    {
        // Not pooled and not created: a pooled connection could have been opened before the file turned read-only.
        var probe = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = timeoutSeconds };
        // SQLite hands a new connection a descriptor kept from one closed earlier, so an open alone can write to a
        // file that no longer takes writes; the kernel says whether a fresh open for writing would be allowed.
        if (!FileWriteAccess.IsWritable(probe.DataSource))
        {
            return (WriteProbeResult.ReadOnly, new IOException("The database file cannot be opened for writing."));
        }
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
