using FrontDesk.Data;
using FrontDesk.Data.Providers;

namespace FrontDesk.Bench.Hosting;

// A fresh SQLite file for one scenario (or a fresh PostgreSQL database when given one), migrated as the bot
// migrates it; the temporary folder (logs, the SQLite file) is removed at the end.
public sealed class BenchDatabase : IDisposable
{
    private BenchDatabase(string folder, string? postgres)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "frontdesk.db");
        Connection = postgres is null
            ? DatabaseConnection.From(DatabaseProvider.Sqlite, null, Path, 5)
            : DatabaseConnection.From(DatabaseProvider.Postgres, postgres, Path, 5);
    }

    public DatabaseConnection Connection { get; }

    // The bot host's settings for this database.
    public IEnumerable<string> HostArgs => Connection.Provider == DatabaseProvider.Postgres
        ? ["--Database:Provider=Postgres", "--Database:ConnectionString=" + Connection.ConnectionString]
        : ["--Database:Path=" + Path];

    public string Folder { get; }

    public string Path { get; }

    public static async Task<BenchDatabase> CreateAsync(string? postgres = null)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "frontdesk-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new BenchDatabase(folder, postgres);
        await using var db = database.Open();
        await FrontDeskDatabase.MigrateAsync(db);
        return database;
    }

    public FrontDeskDb Open() => new(FrontDeskDatabase.Options(Connection));

    public double SizeMb =>
        new[] { Path, Path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // BENCH_KEEP_DB=1 keeps the file for a look at its query plans.
        if (Environment.GetEnvironmentVariable("BENCH_KEEP_DB") == "1")
        {
            return;
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A server that is still closing may hold the file; the temp folder is cleaned by the OS later.
        }
    }
}
