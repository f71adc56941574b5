using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// The lobby's conversations, in memory: a kiosk conversation is transient, so a restart drops them
// (the page then starts a new one).
public sealed class MemoryConversationStore(IOptions<LobbyOptions> options, TimeProvider clock, UploadBudget uploads) : IConversationStore
{
    private readonly ConcurrentDictionary<string, MemoryConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _ended = new();
    private readonly DirectLineOptions _options = options.Value.DirectLine;
    private readonly TimeSpan _pageReset = TimeSpan.FromMinutes(options.Value.IdleResetMinutes);

    public IReadOnlyList<string> TakeEnded()
    {
        var ended = new List<string>();
        while (_ended.TryDequeue(out var id))
        {
            ended.Add(id);
        }
        return ended;
    }

    public Task<DirectLineConversation?> FindAsync(string conversationId) => Task.FromResult<DirectLineConversation?>(Find(conversationId));

    public Task<DirectLineConversation?> PeekAsync(string conversationId) =>
        Task.FromResult<DirectLineConversation?>(_conversations.GetValueOrDefault(conversationId));

    public bool IsGone(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return true;
        }
        return conversation.StreamLostAt is { } lost && clock.GetUtcNow() - lost >= IConversationStore.ReconnectGrace;
    }

    public Task<(DirectLineConversation Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, string? locale)
    {
        if (Find(conversationId) is { } existing)
        {
            return Task.FromResult<(DirectLineConversation, bool)>((existing, false));
        }
        MakeRoom();
        var fresh = new MemoryConversation(conversationId, userId, locale, _options.MaxActivitiesPerConversation, clock.GetUtcNow(), uploads);
        var stored = _conversations.GetOrAdd(conversationId, fresh);
        return Task.FromResult<(DirectLineConversation, bool)>((stored, ReferenceEquals(stored, fresh)));
    }

    public Task<bool> EndAsync(string conversationId)
    {
        if (!_conversations.TryRemove(conversationId, out var conversation))
        {
            return Task.FromResult(false);
        }
        conversation.Close();
        return Task.FromResult(true);
    }

    public long UploadBytesHeld => uploads.HeldBytes;

    public Task<int> RemoveIdleAsync() => Task.FromResult(RemoveIdle());

    private MemoryConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }
        conversation.Touch(clock.GetUtcNow());
        return conversation;
    }

    private int RemoveIdle()
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
