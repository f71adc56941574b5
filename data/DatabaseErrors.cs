using Microsoft.Data.Sqlite;
using Npgsql;

namespace FrontDesk.Data;

// What a failed database call means to the user, whichever engine keeps the records.
public static class DatabaseErrors
{
    // True when the failure (or one it wraps, as EF's DbUpdateException does) is the write lock not obtained within
    // Database:BusyTimeoutSeconds: SQLite's busy or locked, PostgreSQL's lock_not_available (its lock_timeout).
    public static bool IsBusy(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && DatabaseFile.IsLockError(sqlite)
                || e is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable })
            {
                return true;
            }
        }
        return false;
    }
}
