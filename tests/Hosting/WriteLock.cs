using FrontDesk.Data.Providers;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FrontDesk.Tests.Hosting;

// Another process's writer holding the database's write lock until disposed (its transaction is rolled back then):
// SQLite's file lock, or on PostgreSQL the advisory lock every writer's transaction takes.
public sealed class WriteLock : IDisposable
{
    private readonly IDisposable _connection;

    public WriteLock(DatabaseConnection database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
            connection.Open();
            using var take = connection.CreateCommand();
            take.CommandText = "BEGIN; " + DatabaseDialect.PostgresWritersLockSql;
            take.ExecuteNonQuery();
            _connection = connection;
        }
        else
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
            connection.Open();
            using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
            _connection = connection;
        }
    }

    public void Dispose() => _connection.Dispose();
}
