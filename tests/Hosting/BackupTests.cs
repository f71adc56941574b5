using System.Collections.Concurrent;
using System.Net;
using FrontDesk.Bot.Hosting;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Hosting;

// `backup <file>` while the bot keeps writing, then a restore as the README says: the copy is put in place
// of the database file and the bot started on it.
public class BackupTests
{
    private const int Seeded = 1500;

    // SQLite only: `backup` copies the database file; on PostgreSQL the operator backs up with PostgreSQL's own tools.
    [SqliteFact]
    public async Task A_backup_taken_under_write_load_restores_to_a_consistent_database_holding_every_write_acknowledged_before_it()
    {
        using var app = new FrontDeskApp();
        var dbs = app.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>();
        await SeedAsync(dbs);

        // Each write is a company and its member in one transaction; its number is acknowledged once committed.
        var acknowledged = new ConcurrentQueue<int>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() => WriteUntilStoppedAsync(dbs, w, acknowledged, stop.Token))).ToList();
        while (acknowledged.Count < 30)
        {
            await Task.Delay(20);
        }
        var before = acknowledged.ToHashSet();
        var backupPath = Path.Combine(app.Folder, "backups", "frontdesk-copy.db");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await BackupCommand.RunAsync(app.Services, backupPath, output, error, CancellationToken.None);

        var countAtEnd = acknowledged.Count;
        while (acknowledged.Count < countAtEnd + 30)
        {
            await Task.Delay(20);
        }
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var everything = acknowledged.ToHashSet();
        Assert.True(exit == 0, error.ToString());
        Assert.Contains($"to {backupPath} (", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(backupPath + "-wal"));
        Assert.Equal(["frontdesk-copy.db"], System.IO.Directory.GetFiles(Path.GetDirectoryName(backupPath)!).Select(Path.GetFileName));

        // Restore: the copy goes where the database file is, and the bot starts on it.
        var restoredPath = Path.Combine(app.Folder, "restored", "frontdesk.db");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(restoredPath)!);
        File.Copy(backupPath, restoredPath);
        using var restored = new FrontDeskApp();
        restored.Settings["Database:Path"] = restoredPath;
        using var health = await restored.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        await using (var check = new SqliteConnection($"Data Source={restoredPath};Pooling=False"))
        {
            await check.OpenAsync();
            Assert.Equal("ok", await ScalarAsync(check, "PRAGMA integrity_check"));
            Assert.Equal(0L, await ScalarAsync(check, "SELECT count(*) FROM pragma_foreign_key_check"));
        }
        await using var db = await restored.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>().CreateDbContextAsync();
        Assert.Equal(Seeded, await db.Companies.CountAsync(c => c.Name.StartsWith("Seed ")));
        var loaded = (await db.Companies.Where(c => c.Name.StartsWith("Load ")).Select(c => c.Name).ToListAsync())
            .Select(n => int.Parse(n["Load ".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Superset(before, loaded);
        Assert.Subset(everything, loaded);
        Assert.True(loaded.Count < everything.Count, "writes went on after the backup and are not in it");
        // Each company came with its member in the same transaction: the copy has both or neither.
        Assert.Equal(loaded.Count, await db.Members.CountAsync(m => m.Company!.Name.StartsWith("Load ")));
    }

    private static async Task SeedAsync(IDbContextFactory<FrontDeskDb> dbs)
    {
        await using var db = await dbs.CreateDbContextAsync();
        for (var i = 0; i < Seeded; i++)
        {
            var company = new Company { Name = $"Seed {i}", Floor = "3", Aliases = new string('x', 200), CreatedAt = DateTimeOffset.UtcNow };
            db.Members.Add(new Member { Company = company, Name = $"Member {i}", Email = $"seed{i}@example.com", CreatedAt = DateTimeOffset.UtcNow });
        }
        await db.SaveChangesAsync();
    }

    private static async Task WriteUntilStoppedAsync(IDbContextFactory<FrontDeskDb> dbs, int writer, ConcurrentQueue<int> acknowledged, CancellationToken stop)
    {
        for (var n = writer; !stop.IsCancellationRequested; n += 2)
        {
            await using var db = await dbs.CreateDbContextAsync(CancellationToken.None);
            var company = new Company { Name = $"Load {n}", CreatedAt = DateTimeOffset.UtcNow };
            db.Members.Add(new Member { Company = company, Name = $"Load member {n}", Email = $"load{n}@example.com", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(CancellationToken.None);
            acknowledged.Enqueue(n);
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
