using Microsoft.Data.Sqlite;

namespace FrontDesk.Tests.Hosting;

// Another process's writer holding SQLite's write lock on the bot's file until disposed (its transaction
// is rolled back then).
public sealed class WriteLock : IDisposable
{
    private readonly SqliteConnection _connection;

    public WriteLock(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        _connection.Open();
        using var begin = _connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
