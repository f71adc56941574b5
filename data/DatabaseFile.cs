using Microsoft.Data.Sqlite;

namespace FrontDesk.Data;

// The SQLite file the front desk keeps its records in.
public static class DatabaseFile
{
    public static string ConnectionString(string path, int busyTimeoutSeconds = 30) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database until this timeout, so concurrent writers wait
            // for each other instead of failing at once.
            DefaultTimeout = busyTimeoutSeconds,
            ForeignKeys = true,
        }.ToString();
}
