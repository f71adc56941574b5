using FrontDesk.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Harness;

// A migrated SQLite file of its own in a temp folder, with a fake clock, for the data services.
public sealed class TestDatabase : IDbContextFactory<FrontDeskDb>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<FrontDeskDb> _options;

    public TestDatabase()
    {
        System.IO.Directory.CreateDirectory(_folder);
        ConnectionString = DatabaseFile.ConnectionString(Path.Combine(_folder, "frontdesk.db"));
        _options = new DbContextOptionsBuilder<FrontDeskDb>().UseSqlite(ConnectionString).Options;
        using var db = CreateDbContext();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public FrontDeskDb CreateDbContext() => new(_options);

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder later.
        }
    }
}
