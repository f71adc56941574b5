using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// The lobby's conversations, in memory: a kiosk conversation is transient, so a restart drops them
// (the page then starts a new one). Bounded in count; idle ones are swept by ConversationSweeper.
public sealed class ConversationStore(IOptions<LobbyOptions> options, TimeProvider clock, UploadBudget uploads)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value.DirectLine;
    private readonly TimeSpan _pageReset = TimeSpan.FromMinutes(options.Value.IdleResetMinutes);

    public int Count => _conversations.Count;

    // Conversations dropped since the last call: what the bot kept for them can go too.
    public IReadOnlyList<string> TakeEnded()
    {
        var ended = new List<string>();
        while (_ended.TryDequeue(out var id))
        {
            ended.Add(id);
        }
        return ended;
    }

    private readonly ConcurrentQueue<string> _ended = new();

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }
        conversation.Touch(clock.GetUtcNow());
        return conversation;
    }

    // Without counting as activity (a token refresh is not a visitor).
    public DirectLineConversation? Peek(string conversationId) => _conversations.GetValueOrDefault(conversationId);

    // Nobody can read this conversation any more: the store no longer has it (restart, idle, evicted), or the
    // page's live stream closed a while ago and was not reopened (page reset, reloaded or closed). The grace
    // covers a socket that drops and reconnects. Does not count as activity.
    public bool IsGone(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return true;
        }
        return conversation.StreamLostAt is { } lost && clock.GetUtcNow() - lost >= ReconnectGrace;
    }

    public static readonly TimeSpan ReconnectGrace = TimeSpan.FromSeconds(30);

    // Returns the conversation and whether this call created it.
    public (DirectLineConversation Conversation, bool Created) GetOrCreate(string conversationId, string userId, string? locale)
    {
        if (Find(conversationId) is { } existing)
        {
            return (existing, false);
        }
        MakeRoom();
        var fresh = new DirectLineConversation(conversationId, userId, locale, _options.MaxActivitiesPerConversation, clock.GetUtcNow(), uploads);
        var stored = _conversations.GetOrAdd(conversationId, fresh);
        return (stored, ReferenceEquals(stored, fresh));
    }

    // Bytes of uploaded files held in memory by all conversations together.
    public long UploadBytesHeld => uploads.HeldBytes;

    public int RemoveIdle()
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromMinutes(_options.ConversationIdleMinutes);
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActive < cutoff && _conversations.TryRemove(id, out _))
            {
                conversation.Close();
                _ended.Enqueue(id);
                removed++;
            }
        }
        return removed;
    }

    // A visitor part-way through a form must not make way for a flood of new conversations: first go those
    // nobody has said anything in, then those quiet for longer than the page waits before it starts over, and
    // only when every conversation is in use, the least recently used.
    private void MakeRoom()
    {
        if (_conversations.Count < _options.MaxConversations || RemoveIdle() > 0)
        {
            return;
        }
        var quietSince = clock.GetUtcNow() - _pageReset;
        var all = _conversations.Values.ToList();
        var leaving = all.Where(c => c.VisitorSpokeAt is null).MinBy(c => c.LastActive)
            ?? all.Where(c => c.VisitorSpokeAt < quietSince).MinBy(c => c.VisitorSpokeAt)
            ?? all.MinBy(c => c.LastActive);
        if (leaving is not null && _conversations.TryRemove(leaving.Id, out _))
        {
            leaving.Close();
            _ended.Enqueue(leaving.Id);
        }
    }
}
