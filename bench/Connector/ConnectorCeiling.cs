using System.Diagnostics;

namespace FrontDesk.Bench.Connector;

// How many replies a second the fake connector takes when nothing else is measured: the figure a bot's
// throughput must stay well under for the connector not to be the bottleneck.
public static class ConnectorCeiling
{
    public static async Task<double> MeasureAsync(FakeConnector connector, TimeSpan duration, int concurrency = 32)
    {
        using var http = LoadClient.Create();
        var url = new Uri(connector.ServiceUrl, "v3/conversations/ceiling/activities/x");
        var body = """{"type":"message","text":"ceiling","replyToId":"x"}""";
        var done = 0;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(url, content);
                Interlocked.Increment(ref done);
            }
        });
        await Task.WhenAll(loops);
        return done / clock.Elapsed.TotalSeconds;
    }
}
