using System.Diagnostics;
using FrontDesk.Bench.Connector;

namespace FrontDesk.Bench.Load;

// N simulated users who each send a turn every `interval` (spread evenly over it), as people in a chat do, instead
// of the closed loop's next turn the moment the last is answered: the latency a user sees at a stated load, below
// the host's ceiling. A user's turns stay in order: a turn whose predecessor is still unanswered at its time goes
// when that one is, and its latency still counts from the time it was due (so a backlog shows in the percentiles
// instead of slowing the senders down).
public sealed class PacedLoad(HttpClient http, FakeConnector connector)
{
    // Its turns number from here, after any closed loop's over the same conversations (ids stay unique).
    private const int FirstSeq = 1_000_000;

    // No CPU per turn: at a pace below the ceiling the host's CPU is mostly its own background work (the outbox
    // sending what the rows before queued), not the turns.
    public async Task<LatencyStats> RunAsync(string name, Uri messages, IReadOnlyList<ClosedLoop.Turn> users, TimeSpan interval,
        TimeSpan warmup, TimeSpan measure)
    {
        var lost = 0;
        var primed = await Task.WhenAll(users.Select(user => ClosedLoop.PostAsync(http, user.Messages ?? messages, user.Body(FirstSeq))));
        lost += primed.Count(ok => !ok);
        var start = Stopwatch.GetTimestamp();
        var measuredFrom = start + Ticks(warmup);
        var stopAt = measuredFrom + Ticks(measure);
        var perUser = users.Select(_ => new List<double>()).ToArray();
        var loops = users.Select((user, index) => Task.Run(async () =>
        {
            var log = connector.Of(user.ConversationId);
            var offset = Ticks(interval * index / users.Count);
            for (var seq = 1; ; seq++)
            {
                var due = start + offset + ((seq - 1) * Ticks(interval));
                if (due >= stopAt)
                {
                    return;
                }
                if (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait);
                }
                var before = log.Count;
                var ok = await ClosedLoop.PostAsync(http, user.Messages ?? messages, user.Body(FirstSeq + seq));
                if (!ok || log.Count < before + user.Replies)
                {
                    Interlocked.Increment(ref lost);
                    continue;
                }
                if (due >= measuredFrom)
                {
                    perUser[index].Add(Stopwatch.GetElapsedTime(due, log.LastTicks).TotalMilliseconds);
                }
            }
        }));
        await Task.WhenAll(loops);
        return LatencyStats.From(name, [.. perUser.SelectMany(l => l)], measure.TotalSeconds, double.NaN, lost);
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
