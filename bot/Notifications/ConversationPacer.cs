namespace FrontDesk.Bot.Notifications;

// Keeps each conversation within Teams' per-thread limits with two sliding windows (1 s and 30 s),
// so the outbox paces itself instead of collecting 429s. In memory: after a restart the windows start empty,
// and Teams' own 429 (honoured) covers the gap.
public sealed class ConversationPacer(NotificationsOptions options)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sends = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    // Takes a slot for a send now, or returns the earliest time one is free (and takes nothing).
    public DateTimeOffset? TryTake(string conversationKey, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_sends.Count > 10_000)
            {
                ForgetIdle(now);
            }
            if (!_sends.TryGetValue(conversationKey, out var sends))
            {
                sends = new Queue<DateTimeOffset>();
                _sends[conversationKey] = sends;
            }
            while (sends.Count > 0 && sends.Peek() <= now - HalfMinute)
            {
                sends.Dequeue();
            }
            if (sends.Count >= options.Per30SecondsPerConversation)
            {
                return sends.ElementAt(sends.Count - options.Per30SecondsPerConversation) + HalfMinute;
            }
            var lastSecond = sends.Where(t => t > now - Second).ToList();
            if (lastSecond.Count >= options.PerSecondPerConversation)
            {
                return lastSecond[^options.PerSecondPerConversation] + Second;
            }
            sends.Enqueue(now);
            return null;
        }
    }

    private void ForgetIdle(DateTimeOffset now)
    {
        foreach (var (key, sends) in _sends.Where(s => s.Value.Count == 0 || s.Value.Last() <= now - HalfMinute).ToList())
        {
            _sends.Remove(key);
        }
    }
}
