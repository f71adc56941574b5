using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDesk.Data.Providers;

// A writer that finds the file locked waits inside SQLite, which looks again after 1, 2, 5, 10 … ms (at most every
// 100 ms), for up to the connection's Database:BusyTimeoutSeconds. Microsoft.Data.Sqlite sets no such wait: on "busy"
// it sleeps 150 ms and tries again, so a writer slept on while the lock it waited for had been free for 149 ms.
internal sealed class SqliteBusyWait : DbConnectionInterceptor
{
    public static readonly SqliteBusyWait Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Wait(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wait(connection);
        return Task.CompletedTask;
    }

    private static void Wait(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, sqlite.DefaultTimeout * 1000);
        }
    }
}
