using FrontDesk.Data.Providers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Harness;

// The whole app, as the README's run command starts it, on its own temporary SQLite file (with
// FRONTDESK_TEST_DB=postgres: on a PostgreSQL database standing for that file's path).
// Settings override configuration; a fake clock is used when one is given.
public class FrontDeskApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", Guid.NewGuid().ToString("N"));

    public FrontDeskApp(FakeTimeProvider? clock = null)
    {
        Clock = clock;
        System.IO.Directory.CreateDirectory(_folder);
    }

    public FakeTimeProvider? Clock { get; }

    // What the host logged when it refused to start; read through StartRefusal.Of.
    internal StartRefusal Refusal { get; } = new();

    public Dictionary<string, string?> Settings { get; } = [];

    public string DatabasePath => Path.Combine(_folder, "frontdesk.db");

    public string Folder => _folder;

    // The app's database, for a test that reads or writes it beside the app.
    public DatabaseConnection Database
    {
        get
        {
            var path = Settings.TryGetValue("Database:Path", out var given) && given is not null ? given : DatabasePath;
            return TestProvider.IsPostgres
                ? TestPostgres.ForPath(Path.GetFullPath(path))
                : DatabaseConnection.From(DatabaseProvider.Sqlite, null, path, 30);
        }
    }

    // Starts a real Kestrel server on 127.0.0.1 and a free port (WebSockets, browsers); returns its address.
    public Uri StartRealServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", DatabasePath);
        // On a fake clock the test moves time and runs the schedules itself.
        if (Clock is not null)
        {
            builder.UseSetting("Schedules:RunInBackground", "false");
            // A send never waits on the fake clock for its tenant slot (nobody would move it): it goes back in line.
            builder.UseSetting("Notifications:PaceWaitMilliseconds", "0");
        }
        var path = Settings.TryGetValue("Database:Path", out var given) ? given : DatabasePath;
        if (!TestProvider.IsPostgres && path is not null && Path.IsPathRooted(path) && !File.Exists(path))
        {
            MigratedDatabase.CopyTo(path);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (TestProvider.IsPostgres && path is not null && !Settings.ContainsKey("Database:ConnectionString"))
        {
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Postgres));
            builder.UseSetting("Database:ConnectionString", TestPostgres.ForPath(Path.GetFullPath(path)).ConnectionString);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Refusal);
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (TestProvider.IsPostgres)
            {
                TestPostgres.DropForPath(DatabasePath);
            }
            try
            {
                System.IO.Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS later.
            }
        }
    }
}
