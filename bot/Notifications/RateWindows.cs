namespace FrontDesk.Bot.Notifications;

// One sender's recent sends against a set of sliding windows ("at most N in W"). Not thread-safe: its
// owner locks. The times are kept for the longest window only.
public sealed class RateWindows(IReadOnlyList<(int Count, TimeSpan Window)> limits)
{
    private readonly Queue<DateTimeOffset> _sends = new();
    private readonly TimeSpan _longest = limits.Max(l => l.Window);

    // The earliest time a send is allowed, or null when it is allowed now.
    public DateTimeOffset? NextFree(DateTimeOffset now)
    {
        Forget(now);
        DateTimeOffset? free = null;
        foreach (var (count, window) in limits)
        {
            var inWindow = _sends.Count(t => t > now - window);
            if (inWindow >= count)
            {
                // The window frees up when the send that put it over the limit leaves it.
                var leaving = _sends.Where(t => t > now - window).ElementAt(inWindow - count) + window;
                free = free is null || leaving > free ? leaving : free;
            }
        }
        return free;
    }

    public void Take(DateTimeOffset at)
    {
        _sends.Enqueue(at);
        Last = Last is { } last && last > at ? last : at;
    }

    // A send taken at `from` counts from `to` instead (a later time).
    public void Move(DateTimeOffset from, DateTimeOffset to)
    {
        var sends = _sends.ToList();
        var index = sends.IndexOf(from);
        if (index < 0)
        {
            return;
        }
        sends[index] = to;
        _sends.Clear();
        foreach (var at in sends.Order())
        {
            _sends.Enqueue(at);
        }
        Last = Last is { } last && last > to ? last : to;
    }

    // The latest slot taken (it may lie ahead: a send waiting for it).
    public DateTimeOffset? Last { get; private set; }

    public bool IsIdle(DateTimeOffset now)
    {
        Forget(now);
        return _sends.Count == 0;
    }

    private void Forget(DateTimeOffset now)
    {
        while (_sends.Count > 0 && _sends.Peek() <= now - _longest)
        {
            _sends.Dequeue();
        }
    }
}
