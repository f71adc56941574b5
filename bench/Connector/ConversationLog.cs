using System.Collections.Concurrent;

namespace FrontDesk.Bench.Connector;

// What one conversation received: how many activities, when the latest arrived (Stopwatch ticks), and, for
// conversations the bench reads cards from, the bodies themselves.
public sealed class ConversationLog
{
    private long _lastTicks;
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public long LastTicks => Interlocked.Read(ref _lastTicks);

    public ConcurrentQueue<string>? Bodies { get; init; }

    public void Received(long ticks, string? body)
    {
        Interlocked.Exchange(ref _lastTicks, ticks);
        Interlocked.Increment(ref _count);
        if (body is not null)
        {
            Bodies?.Enqueue(body);
        }
    }
}
