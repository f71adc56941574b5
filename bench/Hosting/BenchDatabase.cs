using FrontDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bench.Hosting;

// A fresh SQLite file for one scenario, migrated as the bot migrates it, in a temporary folder removed at the end.
public sealed class BenchDatabase : IDisposable
{
    private BenchDatabase(string folder)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "frontdesk.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public static async Task<BenchDatabase> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "frontdesk-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new BenchDatabase(folder);
        await using var db = database.Open();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.MigrateAsync();
        return database;
    }

    public FrontDeskDb Open() =>
        new(new DbContextOptionsBuilder<FrontDeskDb>().UseSqlite(DatabaseFile.ConnectionString(Path)).Options);

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
