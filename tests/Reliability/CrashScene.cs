using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Reliability;

// A building for the crash test: five hosts in two companies (one of whose Teams chats may hang), a desk staff member,
// the bot host in its own process on a temporary SQLite file, and the fake Teams it sends to. Everyone has said
// hello in Teams (their chats are known) before the faults are switched on.
public sealed class CrashScene : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", "crash-" + Guid.NewGuid().ToString("N"));

    private CrashScene(FaultPlan plan)
    {
        System.IO.Directory.CreateDirectory(_folder);
        Channel = new FaultyTeamsChannel(plan);
        Bot = new BotProcess(DatabasePath, Path.Combine(_folder, "bot.log"), new Dictionary<string, string>
        {
            // Several kiosks behind one address (all of them are 127.0.0.1 here), one visitor each.
            ["Lobby__TokenRequestsPerMinute"] = "100000",
            ["Lobby__TokenRequestsPerMinutePerAddress"] = "100000",
            // A send Teams holds is given up after seconds rather than minutes, so the test fits in a minute.
            ["Notifications__SendTimeoutSeconds"] = "2",
            ["Notifications__UnansweredSendWaitSeconds"] = "4",
            // Retries of the injected 500s back off from half a second (2 s in production) for the same reason.
            ["Notifications__RetryBaseSeconds"] = "0.5",
            // The wall clock is real: no closing time, escalations or scheduled reports in the middle of the test.
            ["Visits__RunInBackground"] = "false",
            ["Schedules__RunInBackground"] = "false",
        });
        Teams = new TeamsOverHttp(Bot.Address, Channel);
    }

    public static readonly (string Name, string Company)[] HostNames =
        [("Alice Wang", "Contoso"), ("Bob Chen", "Contoso"), ("Carol Liu", "Contoso"), ("Dan Zhao", "Fabrikam"), ("Erin Sun", "Fabrikam")];

    public string DatabasePath => Path.Combine(_folder, "frontdesk.db");

    public FaultyTeamsChannel Channel { get; }

    public BotProcess Bot { get; }

    public TeamsOverHttp Teams { get; }

    public List<TeamsUser> Hosts { get; } = [];

    // The host whose chat never answers (the last one), when the test asked for one.
    public TeamsUser? Hanging { get; private set; }

    public TeamsUser Desk { get; private set; } = null!;

    public Dictionary<string, TeamsUser> ByAadObjectId { get; } = new(StringComparer.Ordinal);

    // Set when the test failed: the host's log and database stay for a look.
    public bool KeepFiles { get; set; }

    public static async Task<CrashScene> StartAsync(FaultPlan plan, bool hanging, TimeSpan startWithin)
    {
        var scene = new CrashScene(plan);
        MigratedDatabase.CopyTo(scene.DatabasePath);
        await scene.AddPeopleAsync();
        await scene.Bot.StartAsync(startWithin);
        var hellos = await Task.WhenAll(scene.Hosts.Append(scene.Desk).Select(user => scene.Teams.SayAsync(user, "hi")));
        Assert.True(hellos.All(h => h.Taken), $"The bot host did not take everyone's hello; see {scene.Bot.LogPath}.");
        foreach (var host in scene.Hosts)
        {
            scene.Channel.Faulty[host.ConversationId] = true;
        }
        scene.Hanging = hanging ? scene.Hosts[^1] : null;
        scene.Channel.Hanging = scene.Hanging?.ConversationId;
        scene.Channel.FaultsOn = true;
        return scene;
    }

    // Read-only looks at the host's database from the test process (WAL lets both read while the host writes).
    public FrontDeskDb OpenDb() => new(new DbContextOptionsBuilder<FrontDeskDb>()
        .UseSqlite(new SqliteConnectionStringBuilder(DatabaseFile.ConnectionString(DatabasePath)) { Pooling = false }.ToString())
        .Options);

    private async Task AddPeopleAsync()
    {
        await using var db = OpenDb();
        var now = DateTimeOffset.UtcNow;
        foreach (var (name, companyName) in HostNames)
        {
            var company = await db.Companies.FirstOrDefaultAsync(c => c.Name == companyName)
                          ?? db.Companies.Add(new Company { Name = companyName, Floor = "12", CreatedAt = now }).Entity;
            var user = Person(name, $"{name.Replace(' ', '.').ToLowerInvariant()}@{companyName.ToLowerInvariant()}.com");
            db.Members.Add(new Member { Company = company, Name = name, Email = user.Email, CreatedAt = now });
            await db.SaveChangesAsync();
            Add(user);
            Hosts.Add(user);
        }
        Desk = Person("Desk Zhou", "desk@building.com");
        db.Staff.Add(new StaffMember { Name = Desk.Name, Email = Desk.Email, Role = StaffRole.Staff, AddedAt = now });
        await db.SaveChangesAsync();
        Add(Desk);
    }

    // The same AAD id (and so the same chat id) on every run: the fault plan draws per chat id, so each chat meets the
    // same faults, request by request, every time.
    private static TeamsUser Person(string name, string email) =>
        new(new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(name))).ToString(), name, email);

    private void Add(TeamsUser user)
    {
        Channel.AddMember(user);
        ByAadObjectId[user.AadObjectId] = user;
    }

    public async ValueTask DisposeAsync()
    {
        Teams.Dispose();
        Bot.Dispose();
        await Channel.DisposeAsync();
        if (KeepFiles)
        {
            return;
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
