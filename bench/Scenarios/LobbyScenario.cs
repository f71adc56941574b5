using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDesk.Bench.Connector;
using FrontDesk.Bench.Hosting;
using FrontDesk.Bench.Load;

namespace FrontDesk.Bench.Scenarios;

// Many kiosks (500 in full mode) on the local Direct Line's WebSocket, each registering a walk-in: all at once, then
// once more one after another; the tap on "walk-in" and the form's submit, timed from the message to the bot's first
// reply; the host's peak memory.
public sealed class LobbyScenario : IScenario
{
    private const int Hosts = 50;

    public async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var kiosks = options.Short ? 30 : 500;
        await using var connector = await FakeConnector.StartAsync();
        using var http = LoadClient.Create();
        using var database = await BenchDatabase.CreateAsync();
        await DirectorySeed.SeedAsync(database, connector.ServiceUrl, Hosts, [], []);
        // The page's token endpoint allows 20 a minute per kiosk and 120 per client address; here every kiosk is 127.0.0.1.
        await using var bot = await FrontDeskHost.StartAsync(database, new Dictionary<string, string>
        {
            ["Lobby:TokenRequestsPerMinute"] = "100000",
            ["Lobby:TokenRequestsPerMinutePerAddress"] = "100000",
        });
        var sessions = new List<KioskSession>();
        foreach (var batch in Enumerable.Range(0, kiosks).Chunk(25))
        {
            sessions.AddRange(await Task.WhenAll(batch.Select(_ => KioskSession.OpenAsync(http, bot.Address))));
        }
        await Task.WhenAll(sessions.Select(s => s.WaitForBotAsync()));
        var (rssBefore, _) = bot.MemoryMb();

        var taps = new List<double>();
        var submits = new List<double>();
        var failed = 0;
        var cpuBefore = bot.CpuTime;
        var burstStarted = DateTime.UtcNow;
        var results = await Task.WhenAll(sessions.Select((session, i) => RegisterAsync(session, i)));
        var burstWall = DateTime.UtcNow - burstStarted;
        var burstCpu = bot.CpuTime - cpuBefore;
        foreach (var (tap, submit) in results)
        {
            if (tap is null || submit is null)
            {
                failed++;
                continue;
            }
            taps.Add(tap.Value);
            submits.Add(submit.Value);
        }
        // Then each kiosk registers a second visitor, the kiosks one after another spread over the spread (a rush hour
        // far denser than any building's: 500 in 20 s is 50 messages a second), as visitors arrive rather than at once.
        var spread = TimeSpan.FromSeconds(options.Short ? 3 : 20);
        var pacedStart = DateTime.UtcNow;
        var paced = await Task.WhenAll(sessions.Select(async (session, i) =>
        {
            var due = pacedStart + (spread * i / kiosks);
            if (due - DateTime.UtcNow is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait);
            }
            return await RegisterAsync(session, kiosks + i);
        }));
        var pacedRoundTrips = paced.Where(r => r.Tap is not null && r.Submit is not null).SelectMany(r => new[] { r.Tap!.Value, r.Submit!.Value }).ToList();
        var pacedFailed = paced.Count(r => r.Tap is null || r.Submit is null);
        var (rss, peak) = bot.MemoryMb();
        await Task.WhenAll(sessions.Select(s => s.DisposeAsync().AsTask()));

        var all = LatencyStats.From("all", [.. taps, .. submits], 1, 0, failed);
        var tapStats = LatencyStats.From("tap", taps, 1, 0, 0);
        var submitStats = LatencyStats.From("submit", submits, 1, 0, 0);
        report.Figure("lobby.p50", all.P50, $"{kiosks} kiosks at once: message → bot's reply p50 {BenchReport.Ms(all.P50)}, p95 {BenchReport.Ms(all.P95)}, p99 {BenchReport.Ms(all.P99)} ({all.Turns} round trips)");
        report.Figure("lobby.tap.p99", tapStats.P99, $"  'walk-in' tap → the form: p50 {BenchReport.Ms(tapStats.P50)}, p99 {BenchReport.Ms(tapStats.P99)}");
        report.Figure("lobby.submit.p99", submitStats.P99, $"  the form's submit → the confirmation: p50 {BenchReport.Ms(submitStats.P50)}, p99 {BenchReport.Ms(submitStats.P99)}");
        // All at once, the host has the whole burst's work to do before the last reply: its CPU time over the cores is
        // the least time that takes, however the turns are scheduled.
        var floor = burstCpu / Environment.ProcessorCount;
        report.Figure("lobby.burst.cpu", burstCpu.TotalMilliseconds / Math.Max(1, 2 * kiosks), $"  host CPU for the burst: {burstCpu.TotalSeconds:0.0} s ({burstCpu.TotalMilliseconds / Math.Max(1, 2 * kiosks):0.0} ms a round trip), so on {Environment.ProcessorCount} cores its last reply cannot come before {BenchReport.Ms(floor.TotalMilliseconds)}; it took {BenchReport.Ms(burstWall.TotalMilliseconds)}");
        var spreadStats = LatencyStats.From("paced", pacedRoundTrips, 1, 0, pacedFailed);
        report.Figure("lobby.paced.p99", spreadStats.P99, $"{kiosks} kiosks one after another over {spread.TotalSeconds:0} s: message → bot's reply p50 {BenchReport.Ms(spreadStats.P50)}, p95 {BenchReport.Ms(spreadStats.P95)}, p99 {BenchReport.Ms(spreadStats.P99)} ({spreadStats.Turns} round trips)");
        report.Figure("lobby.rss.peak", peak, $"host memory: {rssBefore:0} MB with {kiosks} conversations open, {rss:0} MB after, peak {peak:0} MB");
        await using (var db = database.Open())
        {
            var visits = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Visits);
            var registrations = 2 * kiosks;
            report.Line($"  stored: {visits} visits for {registrations} registrations");
            report.Count(failed + pacedFailed + Math.Max(0, registrations - failed - pacedFailed - visits), Math.Max(0, visits - registrations));
        }
        report.Target($"lobby p99 ≤ 150 ms at {kiosks} conversations, all at once", all.P99 <= 150, $"p99 {BenchReport.Ms(all.P99)}");
        report.Target($"lobby p99 ≤ 150 ms at {kiosks} conversations, over {spread.TotalSeconds:0} s", spreadStats.P99 <= 150, $"p99 {BenchReport.Ms(spreadStats.P99)}");
        report.Target("host peak RSS ≤ 400 MB", peak <= 400, $"{peak:0} MB");
    }

    // The visitor taps "walk-in", fills in the form and presses its button (the button's own data plus the fields).
    private static async Task<(double? Tap, double? Submit)> RegisterAsync(KioskSession session, int i)
    {
        try
        {
            var (tap, card) = await session.SendAsync(new JsonObject
            {
                ["type"] = "message",
                ["locale"] = "en-US",
                ["value"] = new JsonObject { ["lobby"] = "walkin", ["language"] = "en" },
            }, awaitCard: true);
            var value = JsonNode.Parse(SubmitData(card!.Value).GetRawText())!.AsObject();
            value["name"] = $"Kiosk Visitor {i}";
            value["company"] = "Tailspin";
            value["host"] = DirectorySeed.HostName(i % Hosts);
            value["purpose"] = "Meeting";
            value["consent"] = "true";
            var (submit, _) = await session.SendAsync(new JsonObject { ["type"] = "message", ["locale"] = "en-US", ["value"] = value }, awaitCard: false);
            return (tap, submit);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or InvalidOperationException)
        {
            return (null, null);
        }
    }

    private static JsonElement SubmitData(JsonElement activity) =>
        activity.GetProperty("attachments")[0].GetProperty("content").GetProperty("actions").EnumerateArray()
            .First(a => a.GetProperty("type").GetString() == "Action.Submit").GetProperty("data");
}
