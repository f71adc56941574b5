using FrontDesk.Data;
using FrontDesk.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Harness;

// A migrated database of its own, with a fake clock, for the data services: a SQLite file in a temp folder, or
// with FRONTDESK_TEST_DB=postgres a database on the test cluster.
public sealed class TestDatabase : IDbContextFactory<FrontDeskDb>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<FrontDeskDb> _options;

    public TestDatabase()
    {
        if (TestProvider.IsPostgres)
        {
            Connection = TestPostgres.NewDatabase();
            _options = FrontDeskDatabase.Options(Connection);
            return;
        }
        System.IO.Directory.CreateDirectory(_folder);
        Connection = DatabaseConnection.From(DatabaseProvider.Sqlite, null, Path.Combine(_folder, "frontdesk.db"), 30);
        _options = FrontDeskDatabase.Options(Connection);
        using var db = CreateDbContext();
        FrontDeskDatabase.MigrateAsync(db).GetAwaiter().GetResult();
    }

    public DatabaseConnection Connection { get; }

    public string ConnectionString => Connection.ConnectionString;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public FrontDeskDb CreateDbContext() => new(_options);

    public void Dispose()
    {
        if (TestProvider.IsPostgres)
        {
            TestPostgres.Drop(Connection);
            return;
        }
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
