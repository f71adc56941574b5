using FrontDesk.Bot.Hosting;
using FrontDesk.Data;
using FrontDesk.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Hosting;

[Collection(HandBuiltHosts.Name)]
public class DatabaseSetupTests
{
    [SqliteFact]
    public async Task Start_up_creates_the_folder_migrates_and_switches_to_wal()
    {
        using var app = new FrontDeskApp();
        var path = Path.Combine(app.Folder, "nested", "deeper", "desk.db");
        app.Settings["Database:Path"] = path;

        var dbs = app.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>();

        Assert.True(File.Exists(path));
        await using var db = await dbs.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("InitialDirectory", string.Join(",", await db.Database.GetAppliedMigrationsAsync()), StringComparison.Ordinal);
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToAsyncEnumerable().FirstAsync());
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    // A writer that finds the file locked waits inside SQLite, which looks again within milliseconds of the lock's
    // release, not in Microsoft.Data.Sqlite's 150 ms sleeps: every connection the app opens carries the wait.
    [SqliteFact]
    public async Task Every_connection_waits_for_a_locked_file_inside_sqlite_for_the_busy_timeout()
    {
        using var app = new FrontDeskApp();
        app.Settings["Database:BusyTimeoutSeconds"] = "7";
        var dbs = app.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>();

        for (var i = 0; i < 2; i++)
        {
            await using var db = await dbs.CreateDbContextAsync();
            Assert.Equal(7000, await db.Database.SqlQueryRaw<int>("PRAGMA busy_timeout").ToAsyncEnumerable().FirstAsync());
        }
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = new FrontDeskDbDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project data");
    }

    [Fact]
    public async Task Upgrading_fills_each_stored_chats_language_from_its_reference()
    {
        var folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<FrontDeskDb>().UseSqlite(DatabaseFile.ConnectionString(Path.Combine(folder, "old.db"))).Options;
        await using var db = new FrontDeskDb(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("Mail");
        var chats = new[] { ("a:1", """{"locale":"zh-CN"}"""), ("a:2", """{"locale":"en-US"}"""), ("a:3", """{"locale":"fr-FR"}"""), ("a:4", "{}"), ("a:5", "not json") };
        foreach (var (id, json) in chats)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ConversationReferences (ChannelId, ConversationId, ServiceUrl, ReferenceJson, Installed, UpdatedAt)
                VALUES ('msteams', {id}, 'https://smba.example/', {json}, 1, 0)
                """);
        }

        await migrator.MigrateAsync();

        var languages = await db.ConversationReferences.OrderBy(r => r.ConversationId).Select(r => r.Language).ToListAsync();
        Assert.Equal(["zh-Hans", "en", null, null, null], languages);
    }

    [Fact]
    public void The_context_is_also_resolvable_per_scope_and_the_clock_is_the_system_one()
    {
        using var app = new FrontDeskApp();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDeskDb>();
        Assert.Equal(0, db.Members.Count());
        Assert.Same(TimeProvider.System, app.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void An_empty_database_path_stops_the_start()
    {
        using var app = new FrontDeskApp();
        app.Settings["Database:Path"] = " ";
        var validation = StartRefusal.Of(app);
        Assert.Contains("Database:Path", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_is_healthy_on_a_good_database_and_503_when_the_file_is_broken()
    {
        var folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Configuration["Database:Path"] = Path.Combine(folder, "health.db");
        builder.Services.AddFrontDeskData(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        app.MapFrontDeskHealth();
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var healthy = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(200, (int)healthy.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Healthy\",\"description\":\"ok\"}", await healthy.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        SqliteConnection.ClearAllPools();
        foreach (var file in System.IO.Directory.GetFiles(folder))
        {
            File.Delete(file);
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "health.db"), "this is not a database, it is a shopping list");

        using var broken = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(503, (int)broken.StatusCode);
        Assert.Contains("\"database\":{\"status\":\"Unhealthy\",\"description\":\"unavailable\"}", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }
}
