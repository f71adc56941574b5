using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Providers;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Reliability;

// Two bot hosts in their own processes on one PostgreSQL database, as two instances behind a load balancer, and the
// fake Teams both send to. A manager is in the directory; the test starts the hosts when it wants them.
public sealed class TwoHosts : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", "two-" + Guid.NewGuid().ToString("N"));

    public TwoHosts(IReadOnlyDictionary<string, string> settings)
    {
        System.IO.Directory.CreateDirectory(_folder);
        Database = TestPostgres.NewDatabase();
        Channel = new FaultyTeamsChannel(new FaultPlan(15));
        var all = new Dictionary<string, string>(settings, StringComparer.Ordinal)
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = Database.ConnectionString,
        };
        A = new BotProcess(Path.Combine(_folder, "unused.db"), Path.Combine(_folder, "a.log"), all);
        B = new BotProcess(Path.Combine(_folder, "unused.db"), Path.Combine(_folder, "b.log"), all);
        Teams = new TeamsOverHttp(A.Address, Channel);
        Manager = TeamsUser.Create("Mia Manager", "mia@building.com");
        Channel.AddMember(Manager);
    }

    // A safety net for a very busy machine, not a goal: a start normally takes a few seconds.
    public static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(40);

    public DatabaseConnection Database { get; }

    public FaultyTeamsChannel Channel { get; }

    public BotProcess A { get; }

    public BotProcess B { get; }

    // Teams posting to host A.
    public TeamsOverHttp Teams { get; }

    public TeamsUser Manager { get; }

    public FrontDeskDb OpenDb() => new(FrontDeskDatabase.Options(Database));

    public async Task AddManagerAsync()
    {
        await using var db = OpenDb();
        db.Staff.Add(new StaffMember { Name = Manager.Name, Email = Manager.Email, Role = StaffRole.Manager, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    public BotProcess ByProcessId(int processId) =>
        new[] { A, B }.Single(h => h.ProcessId == processId);

    // What the round's lease names as its holder: "machine/process id/…".
    public static int ProcessIdOf(string holder) => int.Parse(holder.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var until = DateTimeOffset.UtcNow + within;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > until)
            {
                throw new TimeoutException($"Waited {within.TotalSeconds} s for {what}.");
            }
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Teams.Dispose();
        A.Dispose();
        B.Dispose();
        await Channel.DisposeAsync();
        TestPostgres.Drop(Database);
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
