using Microsoft.Data.Sqlite;

namespace FrontDesk.Data;

// The SQLite file the front desk keeps its records in.
public static class DatabaseFile
{
    // SQLite's result codes for "another connection holds the lock".
    private const int Busy = 5;
    private const int Locked = 6;

    public static string ConnectionString(string path, int busyTimeoutSeconds = 5) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database until this timeout, so concurrent writers wait
            // for each other instead of failing at once; short, so a user hears "try again" instead of waiting.
            DefaultTimeout = busyTimeoutSeconds,
            ForeignKeys = true,
        }.ToString();

    public static bool IsLockError(SqliteException e) => e.SqliteErrorCode is Busy or Locked;
}
