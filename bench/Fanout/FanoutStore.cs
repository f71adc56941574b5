using FrontDesk.Bench.Hosting;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Providers;

namespace FrontDesk.Bench.Fanout;

// The fanout's database: the bench's SQLite file, or PostgreSQL (a throwaway cluster or the given server) that
// several bot hosts can share. Seeds the notices and tells the hosts where the records are.
public sealed class FanoutStore : IDisposable
{
    private readonly BenchDatabase _files;
    private readonly BenchPostgres? _server;
    private readonly string? _postgres;

    private FanoutStore(BenchDatabase files, BenchPostgres? server, string? postgres)
    {
        _files = files;
        _server = server;
        _postgres = postgres;
    }

    public string Folder => _files.Folder;

    public string Describe => _postgres is null ? "SQLite" : "PostgreSQL";

    public static async Task<FanoutStore> CreateAsync(string? postgres)
    {
        var files = await BenchDatabase.CreateAsync();
        if (postgres is null)
        {
            return new FanoutStore(files, null, null);
        }
        // The operator's server when a connection string is given, else a throwaway one (the turns scenario's).
        var server = postgres == "" ? BenchPostgres.Start() : null;
        var store = new FanoutStore(files, server, server?.CreateDatabase() ?? postgres);
        await using var db = store.Open();
        await FrontDeskDatabase.MigrateAsync(db);
        return store;
    }

    public FrontDeskDb Open() => _postgres is null
        ? _files.Open()
        : new FrontDeskDb(FrontDeskDatabase.Options(new DatabaseConnection(DatabaseProvider.Postgres, _postgres)));

    // The host's settings on the command line: the SQLite file, or the PostgreSQL server.
    public IEnumerable<string> HostArguments => _postgres is null
        ? ["--Database:Path=" + _files.Path]
        : ["--Database:Provider=Postgres", "--Database:ConnectionString=" + _postgres];

    public async Task SeedAsync(Uri serviceUrl, int count)
    {
        if (_postgres is null)
        {
            await OutboxSeed.RunAsync(_files, serviceUrl, count);
            return;
        }
        var now = DateTimeOffset.UtcNow;
        await using var db = Open();
        for (var i = 0; i < count; i++)
        {
            db.ConversationReferences.Add(DirectorySeed.Reference(serviceUrl, $"fan-{i}", $"aad-fan-{i}", now));
            db.Notifications.Add(new Notification
            {
                IdempotencyKey = $"bench:{i}",
                ChannelId = "msteams",
                ConversationId = $"fan-{i}",
                ActivityJson = System.Text.Json.JsonSerializer.Serialize(new { type = "message", text = OutboxSeed.Text(i) }),
                Kind = "bench.notice",
                Status = NotificationStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        _server?.Dispose();
        _files.Dispose();
    }
}
