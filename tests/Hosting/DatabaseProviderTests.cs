using FrontDesk.Bot.Hosting;
using FrontDesk.Data;
using FrontDesk.Data.Postgres;
using FrontDesk.Data.Providers;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Hosting;

public class DatabaseProviderTests
{
    [Fact]
    public void The_PostgreSQL_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project data.Postgres");
    }

    // Nothing above data/ knows the provider (issue 15): the bot's assembly uses neither provider's client library, so
    // what differs (the backup command's copy, error codes, SQL) goes through the data layer's dialect.
    [Fact]
    public void The_bot_above_the_data_layer_uses_neither_providers_client_library()
    {
        string[] providerLibraries = ["Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite", "Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL"];

        var used = typeof(BackupCommand).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.Empty(used.Intersect(providerLibraries));
    }

    // Checked on the options the start validates (ValidateOnStart), without starting a host.
    [Fact]
    public void Postgres_without_a_connection_string_is_refused_naming_the_key()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddFrontDeskData(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains("Database:ConnectionString is required when Database:Provider is Postgres.", error.Message, StringComparison.Ordinal);
    }

    // The operator creates an empty database and points the bot at it: the first start builds the schema.
    [PostgresFact]
    public async Task An_empty_PostgreSQL_database_is_migrated_at_start_and_healthy()
    {
        var empty = TestPostgres.NewEmptyDatabase();
        try
        {
            using var app = new FrontDeskApp();
            app.Settings["Database:Provider"] = "Postgres";
            app.Settings["Database:ConnectionString"] = empty.ConnectionString;

            var body = await app.CreateClient().GetStringAsync(new Uri("/healthz", UriKind.Relative));

            var health = System.Text.Json.JsonDocument.Parse(body).RootElement;
            Assert.Equal("Healthy", health.GetProperty("status").GetString());
            Assert.Equal("ok", health.GetProperty("database").GetProperty("description").GetString());
            await using var db = new FrontDeskDb(FrontDeskDatabase.Options(empty));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains("InitialPostgres", string.Join(",", await db.Database.GetAppliedMigrationsAsync()), StringComparison.Ordinal);
            Assert.Equal(DatabaseDialect.Postgres, DatabaseDialect.Of(app.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>().CreateDbContext()));
        }
        finally
        {
            TestPostgres.Drop(empty);
        }
    }

    // The backup command copies a SQLite file; on PostgreSQL it says what to use instead and writes nothing.
    [PostgresFact]
    public async Task The_backup_command_on_PostgreSQL_points_to_pg_dump_and_writes_nothing()
    {
        using var app = new FrontDeskApp();
        var target = Path.Combine(app.Folder, "backups", "frontdesk.db");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await BackupCommand.RunAsync(app.Services, target, output, error, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("back them up with pg_dump", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
