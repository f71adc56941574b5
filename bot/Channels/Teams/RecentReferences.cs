using System.Collections.Concurrent;

namespace FrontDesk.Bot.Channels.Teams;

// The conversation references this process wrote lately and what they said. Every message upserted its row in a
// write transaction, which SQLite serialises across all turns; a message whose reference is unchanged needs no
// write. Rewritten at least hourly, so UpdatedAt still tells which personal chat is a user's newest.
public sealed class RecentReferences
{
    public static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    public const int MaxKept = 50_000;

    private readonly ConcurrentDictionary<(string Channel, string Conversation), (string Said, DateTimeOffset At)> _written = new();

    public bool IsCurrent(string channel, string conversation, string said, DateTimeOffset now) =>
        _written.TryGetValue((channel, conversation), out var written) && written.Said == said && now - written.At < Refresh;

    public void Written(string channel, string conversation, string said, DateTimeOffset now)
    {
        if (_written.Count >= MaxKept)
        {
            _written.Clear();
        }
        _written[(channel, conversation)] = (said, now);
    }

    public void Forget(string channel, string conversation) => _written.TryRemove((channel, conversation), out _);
}
