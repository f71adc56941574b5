using System.Diagnostics;
using FrontDesk.Bench.Connector;

namespace FrontDesk.Bench.Load;

// N simulated users, each sending (after one untimed first turn each) its next turn when the last one is answered. A turn's latency runs from the
// request leaving the user to the last reply the connector received for that user's conversation; turns that
// end inside the measured window (after the warm-up) count. A turn with no reply, or an error status, is lost.
public sealed class ClosedLoop(HttpClient http, FakeConnector connector)
{
    // Messages: the host this user talks to, when not the row's (several instances behind no load balancer).
    public sealed record Turn(string ConversationId, Func<int, string> Body, int Replies = 1, Uri? Messages = null);

    public async Task<LatencyStats> RunAsync(string name, Uri messages, IReadOnlyList<Turn> users, TimeSpan warmup, TimeSpan measure,
        Func<TimeSpan>? cpu = null)
    {
        var lost = 0;
        // Every user's first turn, not timed: a cold start (JIT, first queries, connection set-up) is not throughput.
        var primed = await Task.WhenAll(users.Select(user => PostAsync(http, user.Messages ?? messages, user.Body(0))));
        lost += primed.Count(ok => !ok);
        var measuredFrom = Stopwatch.GetTimestamp() + Ticks(warmup);
        var stopAt = measuredFrom + Ticks(measure);
        var perUser = users.Select(_ => new List<double>()).ToArray();
        var cpuAtStart = TimeSpan.Zero;
        var cpuSampler = cpu is null ? Task.CompletedTask : Task.Run(async () =>
        {
            await Task.Delay(warmup);
            cpuAtStart = cpu();
        });
        var loops = users.Select((user, index) => Task.Run(async () =>
        {
            var log = connector.Of(user.ConversationId);
            for (var seq = 1; Stopwatch.GetTimestamp() < stopAt; seq++)
            {
                var before = log.Count;
                var started = Stopwatch.GetTimestamp();
                var ok = await PostAsync(http, user.Messages ?? messages, user.Body(seq));
                var ended = Stopwatch.GetTimestamp();
                if (!ok || log.Count < before + user.Replies)
                {
                    Interlocked.Increment(ref lost);
                    continue;
                }
                if (ended >= measuredFrom && ended <= stopAt)
                {
                    perUser[index].Add(Stopwatch.GetElapsedTime(started, log.LastTicks).TotalMilliseconds);
                }
            }
        }));
        await Task.WhenAll(loops);
        await cpuSampler;
        var cpuMs = cpu is null ? 0 : (cpu() - cpuAtStart).TotalMilliseconds;
        return LatencyStats.From(name, [.. perUser.SelectMany(l => l)], measure.TotalSeconds, cpuMs, lost);
    }

    internal static async Task<bool> PostAsync(HttpClient http, Uri messages, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(messages, content);
        return response.IsSuccessStatusCode;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
