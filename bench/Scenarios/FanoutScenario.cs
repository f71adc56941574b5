using System.Diagnostics;
using FrontDesk.Bench.Connector;
using FrontDesk.Bench.Hosting;
using FrontDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bench.Scenarios;

// Notices to as many Teams chats (10,000 in full mode) through the outbox, against a connector that answers after
// 80 ms and enforces Teams' limits with 429 + Retry-After. The floor is what the app's 50 requests/s per tenant
// allows; the run stops at a deadline and projects the total from the rate when the sender is slower than that.
public sealed class FanoutScenario : IScenario
{
    private const double TenantPerSecond = 50;

    public async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var count = options.Short ? 1_000 : 10_000;
        var floor = count / TenantPerSecond;
        var deadline = TimeSpan.FromSeconds(options.Short ? 15 : 1.5 * floor);
        await using var connector = await FakeConnector.StartAsync();
        connector.Delay = TimeSpan.FromMilliseconds(80);
        connector.Limits = new TeamsLimits();
        connector.Texts = new();
        using var server = options.Postgres == "" ? BenchPostgres.Start() : null;
        using var database = await BenchDatabase.CreateAsync(options.Postgres is null or "" ? server?.CreateDatabase() : options.Postgres);
        await OutboxSeed.RunAsync(database, connector.ServiceUrl, count);

        var bots = await BotInstances.StartAsync(database, options.Instances);
        var clock = Stopwatch.StartNew();
        TimeSpan? first = null;
        while (clock.Elapsed < deadline && connector.Texts.Count < count)
        {
            first ??= connector.Texts.IsEmpty ? null : clock.Elapsed;
            await Task.Delay(100);
        }
        var delivered = connector.Texts.Count;
        var elapsed = clock.Elapsed - (first ?? TimeSpan.Zero);
        var rate = delivered / Math.Max(0.001, elapsed.TotalSeconds);
        var done = delivered == count;
        var total = done ? elapsed.TotalSeconds : count / Math.Max(rate, 0.001);
        // CPU per notice does not depend on how busy the machine is, as the rate does.
        var cpu = bots.CpuTime().TotalMilliseconds;
        await bots.DisposeAsync();
        // Counted again once the sender has stopped: a send it finished after the deadline is not a loss.
        var received = connector.Texts.Count;
        var duplicates = connector.Texts.Values.Sum(n => n - 1);

        await using var db = database.Open();
        var byStatus = await db.Notifications.GroupBy(n => n.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        int Status(NotificationStatus s) => byStatus.FirstOrDefault(b => b.Key == s)?.Count ?? 0;
        var sent = Status(NotificationStatus.Sent);
        var lost = Math.Max(0, sent - received) + Status(NotificationStatus.DeadLetter) + Status(NotificationStatus.Unreachable);
        report.Line($"  {database.Connection.Provider}, {options.Instances} bot host(s); connector: 80 ms per answer; per chat 7/1 s, 8/2 s, 60/30 s; per tenant {TenantPerSecond:0}/s; 429 + Retry-After beyond");
        report.Figure("fanout.rate", rate, $"{delivered:N0} of {count:N0} notices delivered in {elapsed.TotalSeconds:0.0} s (from the first delivery): {rate:0.0} per second");
        report.Figure("fanout.total", total, done
            ? $"total {total:0.0} s against a floor of {floor:0} s: {total / floor:0.00}× the floor"
            : $"stopped at the {deadline.TotalSeconds:0} s deadline; at that rate all {count:N0} take {total:0} s against a floor of {floor:0} s: {total / floor:0.00}× the floor");
        report.Figure("fanout.cpu", cpu / Math.Max(1, delivered), $"bot host CPU: {cpu / 1000:0.0} s in all, {cpu / Math.Max(1, delivered):0.0} ms per notice delivered (start-up included)");
        report.Figure("fanout.throttled", connector.Throttled, $"429s answered: {connector.Throttled} ({connector.Limits.TenantRefusals} for the tenant's 50/s, {connector.Limits.ChatRefusals} for a chat's limits); lost {lost}; duplicates {duplicates}; still pending {count - sent - Status(NotificationStatus.DeadLetter) - Status(NotificationStatus.Unreachable)}");
        report.Count(lost, duplicates);
        report.Target("fanout total ≤ 1.1× the floor", total <= 1.1 * floor, $"{total / floor:0.00}× ({rate:0.0}/s against {TenantPerSecond:0}/s); the sender keeps the tenant's window 50 ms longer than a second (47.6/s at most)");
        if (connector.Limits.RefusedAt.Count > 0 && connector.Limits.FirstAt is { } firstCounted)
        {
            report.Line("  tenant 429s at (s after the first request): " + string.Join(", ", connector.Limits.RefusedAt.Take(20).Select(t => BenchReport.N((t - firstCounted).TotalSeconds, "0.000"))));
        }
        report.Target("fanout: no 429s", connector.Throttled == 0, $"{connector.Throttled} received");
    }
}
