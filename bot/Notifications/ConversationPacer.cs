namespace FrontDesk.Bot.Notifications;

// Keeps each conversation within Teams' per-thread limits for a bot (7/1 s, 8/2 s, 60/30 s, 1,800/hour). A send
// counts from when it was answered (Move), not its slot: Teams counted it on arrival, before the answer, so a request
// that left late cannot put one too many into the next window.
// In memory on a host alone on its database (SharedPace keeps them in the database otherwise), seeded at start from what the outbox sent in the last hour, so a restart does not reset them.
public sealed class ConversationPacer(NotificationsOptions options)
{
    private readonly Dictionary<string, RateWindows> _conversations = new(StringComparer.Ordinal);

    public DateTimeOffset? NextFree(string conversationKey, DateTimeOffset now) => Of(conversationKey).NextFree(now);

    public void Take(string conversationKey, DateTimeOffset at) => Of(conversationKey).Take(at);

    public void Move(string conversationKey, DateTimeOffset from, DateTimeOffset to) => Of(conversationKey).Move(from, to);

    public void ForgetIdle(DateTimeOffset now)
    {
        foreach (var key in _conversations.Where(c => c.Value.IsIdle(now)).Select(c => c.Key).ToList())
        {
            _conversations.Remove(key);
        }
    }

    public int Count => _conversations.Count;

    private RateWindows Of(string key)
    {
        if (!_conversations.TryGetValue(key, out var windows))
        {
            windows = Windows(options);
            _conversations[key] = windows;
        }
        return windows;
    }

    // One conversation's empty windows (shared pacing fills them from the database's slots).
    public static RateWindows Windows(NotificationsOptions options) => new([
        (options.PerSecondPerConversation, TimeSpan.FromSeconds(1)),
        (options.Per2SecondsPerConversation, TimeSpan.FromSeconds(2)),
        (options.Per30SecondsPerConversation, TimeSpan.FromSeconds(30)),
        (options.PerHourPerConversation, TimeSpan.FromHours(1)),
    ]);
}
