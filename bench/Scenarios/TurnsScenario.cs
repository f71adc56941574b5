using FrontDesk.Bench.Connector;
using FrontDesk.Bench.Echo;
using FrontDesk.Bench.Hosting;
using FrontDesk.Bench.Load;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bench.Scenarios;

// N concurrent users against /api/messages, measured the same way for (a) the SDK's stock echo bot, (a') the same
// echo bot with FrontDesk's connector-client reuse, (b) FrontDesk's help turn, (c) a walk-in check-in at the kiosk
// (a visit stored, the host's notice queued) and (d) a mail log turn. Ratios are to (a), measured in the same run.
public sealed class TurnsScenario : IScenario
{
    private const int Hosts = 50;

    // The paced rows: each user a turn every 2 s, 100 turns/s offered at 200 users, a busier building than any.
    private static readonly TimeSpan PacedInterval = TimeSpan.FromSeconds(2);

    public async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var users = options.Users;
        var warmup = TimeSpan.FromSeconds(options.Short ? 1 : 5);
        var measure = TimeSpan.FromSeconds(options.Seconds ?? (options.Short ? 3 : 20));
        await using var connector = await FakeConnector.StartAsync();
        using var http = LoadClient.Create();
        var ceiling = await ConnectorCeiling.MeasureAsync(connector, TimeSpan.FromSeconds(options.Short ? 1 : 3));
        report.Figure("turns.connector.ceiling", ceiling, $"fake connector ceiling: {BenchReport.N(ceiling, "0")} replies/s (nothing else running)");

        using var server = options.Postgres == "" ? BenchPostgres.Start() : null;
        using var database = await BenchDatabase.CreateAsync(options.Postgres is null or "" ? server?.CreateDatabase() : options.Postgres);
        var help = TeamsUsers("help", users);
        var mail = TeamsUsers("mail", users);
        await DirectorySeed.SeedAsync(database, connector.ServiceUrl, Hosts, help.Select(u => u.Aad), mail.Select(u => u.Aad));
        await using var bots = await BotInstances.StartAsync(database, options.Instances);
        await using var stock = await EchoHost.StartAsync(reuse: false, database.Folder);
        await using var reused = await EchoHost.StartAsync(reuse: true, database.Folder);
        var loop = new ClosedLoop(http, connector);
        report.Line($"  {users} users, {warmup.TotalSeconds:0} s warm-up, {measure.TotalSeconds:0} s measured per row; latency = request sent → last reply at the connector");
        report.Line($"  FrontDesk on {database.Connection.Describe()} ({database.Connection.Provider}), {bots.Count} instance(s); user i talks to instance i mod {bots.Count}");

        var rows = new List<LatencyStats>
        {
            await loop.RunAsync("(a) stock echo bot", Messages(stock), EchoTurns(connector, "echo-stock", users), warmup, measure, () => stock.CpuTime),
            await loop.RunAsync("(a') echo + connector reuse", Messages(reused), EchoTurns(connector, "echo-reuse", users), warmup, measure, () => reused.CpuTime),
            await loop.RunAsync("(b) FrontDesk help", bots.Messages(0), bots.Spread([.. help.Select(u => HelpTurn(connector, u))]), warmup, measure, bots.CpuTime),
        };
        var checkIns = Enumerable.Range(0, users).Select(u => CheckInTurn(connector, u)).ToList();
        rows.Add(await loop.RunAsync("(c) FrontDesk check-in", bots.Messages(0), bots.Spread(checkIns), warmup, measure, bots.CpuTime));
        var mailTurns = await MailTurns.PrepareAsync(http, bots.Messages(0), connector, [.. mail.Select(u => (u.Aad, u.Conversation, u.Name))], DirectorySeed.HostName(0));
        rows.Add(await loop.RunAsync("(d) FrontDesk mail log", bots.Messages(0), bots.Spread(mailTurns.Turns), warmup, measure, bots.CpuTime));

        var paced = new PacedLoad(http, connector);
        var pacedRows = new List<LatencyStats>
        {
            await paced.RunAsync("(b) help, paced", bots.Messages(0), bots.Spread([.. help.Select(u => HelpTurn(connector, u))]), PacedInterval, warmup, measure),
            await paced.RunAsync("(c) check-in, paced", bots.Messages(0), bots.Spread(checkIns), PacedInterval, warmup, measure),
            await paced.RunAsync("(d) mail log, paced", bots.Messages(0), bots.Spread(mailTurns.Turns), PacedInterval, warmup, measure),
        };

        Print(report, rows);
        report.Line($"  paced: each of the {users} users sends a turn every {PacedInterval.TotalSeconds:0} s ({BenchReport.N(users / PacedInterval.TotalSeconds, "0")} turns/s offered); latency from when the turn was due");
        Print(report, pacedRows, reference: rows[0].PerSecond, header: false);
        await CheckStoredAsync(report, database, Volatile.Read(ref _checkInsSent), mailTurns.Sent);
        var reference = rows[0].PerSecond;
        report.Target("(c) check-in ≥ 1.0× stock echo throughput", rows[3].PerSecond >= reference,
            $"{BenchReport.N(rows[3].PerSecond / reference, "0.00")}× (see Performance in README for where the turn's time goes)");
        report.Target("(b) help ≥ 1.5× stock echo throughput", rows[2].PerSecond >= 1.5 * reference,
            $"{BenchReport.N(rows[2].PerSecond / reference, "0.00")}×");
        // A closed loop's latency is its users over its throughput (Little's law): p99 ≤ 100 ms at 200 users needs
        // about 2,000 turns/s whatever the turn. Judged there, and at the paced load a user would meet.
        foreach (var row in rows.Skip(2).Concat(pacedRows))
        {
            report.Target($"{row.Name} p99 ≤ 100 ms at {users} users", row.P99 <= 100, $"p99 {BenchReport.Ms(row.P99)}");
        }
    }

    private static void Print(BenchReport report, List<LatencyStats> rows, double? reference = null, bool header = true)
    {
        var against = reference ?? rows[0].PerSecond;
        if (header)
        {
            report.Line($"  {"turn",-30} {"turns/s",8} {"ratio",6} {"p50",8} {"p95",8} {"p99",8} {"CPU/turn",9} {"lost",5}");
        }
        foreach (var row in rows)
        {
            var key = "turns." + new string([.. row.Name.Where(char.IsLetterOrDigit)]);
            report.Figure(key, row.PerSecond,
                $"{row.Name,-30} {BenchReport.N(row.PerSecond),8} {BenchReport.N(row.PerSecond / against, "0.00") + "×",6} {BenchReport.Ms(row.P50),8} {BenchReport.Ms(row.P95),8} {BenchReport.Ms(row.P99),8} {BenchReport.Ms(row.CpuMsPerTurn),9} {row.Lost,5}");
            report.Count(row.Lost, 0);
        }
    }

    // Every check-in answered stored its visit and queued its host's notice; every mail log answered stored its item.
    private static async Task CheckStoredAsync(BenchReport report, BenchDatabase database, int checkInsSent, int mailSent)
    {
        await using var db = database.Open();
        var visits = await db.Visits.CountAsync();
        var notices = await db.Notifications.CountAsync(n => n.Kind.StartsWith("visit"));
        var items = await db.MailItems.CountAsync();
        report.Line($"  stored: {visits} visits for {checkInsSent} check-in turns sent, {notices} visit notices, {items} mail items for {mailSent} mail turns sent");
        var missing = Math.Max(0, checkInsSent - visits) + Math.Max(0, mailSent - items);
        var extra = Math.Max(0, visits - checkInsSent) + Math.Max(0, items - mailSent);
        report.Count(missing, extra);
        if (notices < visits)
        {
            report.Count(visits - notices, 0);
        }
    }

    private static Uri Messages(ChildProcess host) => new(host.Address, "api/messages");

    private sealed record TeamsUser(string Aad, string Conversation, string Name);

    private static List<TeamsUser> TeamsUsers(string kind, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new TeamsUser($"aad-{kind}-{i}", $"{kind}-chat-{i}", $"Bench {kind} {i}"))];

    private static List<ClosedLoop.Turn> EchoTurns(FakeConnector connector, string kind, int count) =>
        [.. TeamsUsers(kind, count).Select(u => new ClosedLoop.Turn(u.Conversation,
            Activities.WithIds(Activities.TeamsMessage(connector.ServiceUrl, u.Conversation, u.Aad, u.Name, "hello"), u.Conversation)))];

    private static ClosedLoop.Turn HelpTurn(FakeConnector connector, TeamsUser u) =>
        new(u.Conversation, Activities.WithIds(Activities.TeamsMessage(connector.ServiceUrl, u.Conversation, u.Aad, u.Name, "help"), u.Conversation));

    private int _checkInsSent;

    // A walk-in fills in the kiosk's form and submits it (through Azure's Direct Line, so it comes to /api/messages).
    private ClosedLoop.Turn CheckInTurn(FakeConnector connector, int user)
    {
        var conversation = $"kiosk-{user}";
        return new(conversation, seq =>
        {
            Interlocked.Increment(ref _checkInsSent);
            return Activities.DirectLineMessage(connector.ServiceUrl, conversation, KioskForms.WalkIn(
                $"Visitor {user}-{seq}", DirectorySeed.HostName(user % Hosts))).ToString(Newtonsoft.Json.Formatting.None);
        });
    }
}
