namespace FrontDesk.Bench.Hosting;

// One or more FrontDesk hosts on one database (several only on PostgreSQL), each in its own process: the users are
// spread over them in turn (as a load balancer without sticky sessions would), and their CPU time is added up.
public sealed class BotInstances : IAsyncDisposable
{
    private readonly List<ChildProcess> _hosts;

    private BotInstances(List<ChildProcess> hosts) => _hosts = hosts;

    public int Count => _hosts.Count;

    public static async Task<BotInstances> StartAsync(BenchDatabase database, int count)
    {
        var hosts = new List<ChildProcess>();
        for (var i = 0; i < count; i++)
        {
            // One after the other: the first applies any migration, the next finds the schema current.
            hosts.Add(await FrontDeskHost.StartAsync(database, log: i == 0 ? "bot.log" : $"bot-{i}.log"));
        }
        return new(hosts);
    }

    public Uri Messages(int instance) => new(_hosts[instance].Address, "api/messages");

    public List<Load.ClosedLoop.Turn> Spread(IReadOnlyList<Load.ClosedLoop.Turn> turns) =>
        [.. turns.Select((turn, i) => turn with { Messages = Messages(i % _hosts.Count) })];

    public TimeSpan CpuTime() => TimeSpan.FromTicks(_hosts.Sum(h => h.CpuTime.Ticks));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }
}
