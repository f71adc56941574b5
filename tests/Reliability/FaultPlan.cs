namespace FrontDesk.Tests.Reliability;

public enum ChannelFault
{
    None,
    // 429 with Retry-After: 1.
    Throttled,
    // 500: nothing was posted.
    ServerError,
    // The request is held until the bot gives up on it (its own send timeout), and nothing is posted.
    Timeout,
}

// Which sends the fake Teams refuses, from a seed: each conversation draws its faults from its own seeded sequence,
// so what conversation C's n-th request meets is the same on every run. A notice meets faults only on its first
// two attempts: from the third on it goes through, so a notice still missing at the end is the bot's doing.
public sealed class FaultPlan(int seed)
{
    public const int FaultyAttempts = 2;

    private readonly Dictionary<string, Random> _draws = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public double ThrottledShare { get; init; } = 0.15;

    public double ServerErrorShare { get; init; } = 0.10;

    public double TimeoutShare { get; init; } = 0.07;

    public int Seed => seed;

    public ChannelFault Next(string conversationId, int attempt)
    {
        lock (_gate)
        {
            if (!_draws.TryGetValue(conversationId, out var draws))
            {
                // string.GetHashCode is randomised per process: a stable hash of the id keeps the seed meaningful.
                draws = new Random(seed ^ StableHash(conversationId));
                _draws[conversationId] = draws;
            }
            var u = draws.NextDouble();
            if (attempt > FaultyAttempts)
            {
                return ChannelFault.None;
            }
            return u < ThrottledShare ? ChannelFault.Throttled
                : u < ThrottledShare + ServerErrorShare ? ChannelFault.ServerError
                : u < ThrottledShare + ServerErrorShare + TimeoutShare ? ChannelFault.Timeout
                : ChannelFault.None;
        }
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
    }
}
