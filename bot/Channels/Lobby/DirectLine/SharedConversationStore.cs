using System.Collections.Concurrent;
using FrontDesk.Data.Lobby;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// The lobby's conversations in the database several instances share: any instance serves any kiosk request,
// and a kiosk that reconnects elsewhere carries on from its watermark. This instance keeps a handle per
// conversation it has served (its socket, its uploads); the wake-ups (ListenAsync) reach the handles.
public sealed class SharedConversationStore(LobbyConversations rows, IOptions<LobbyOptions> options, TimeProvider clock, UploadBudget uploads,
    ILogger<SharedConversationStore> logger) : IConversationStore
{
    private readonly ConcurrentDictionary<string, SharedConversation> _handles = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _ended = new();
    private readonly DirectLineOptions _options = options.Value.DirectLine;
    private readonly TimeSpan _pageReset = TimeSpan.FromMinutes(options.Value.IdleResetMinutes);

    public async Task<DirectLineConversation?> FindAsync(string conversationId) =>
        Handle(conversationId, await rows.TouchAsync(conversationId, clock.GetUtcNow()));

    public async Task<DirectLineConversation?> PeekAsync(string conversationId) =>
        Handle(conversationId, await rows.PeekAsync(conversationId));

    public bool IsGone(string conversationId) =>
        rows.Peek(conversationId) is not { } state
        || (!state.StreamOpen && state.StreamLostAt is { } lost && clock.GetUtcNow() - lost >= IConversationStore.ReconnectGrace);

    public async Task<(DirectLineConversation Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, string? locale)
    {
        if (await FindAsync(conversationId) is { } existing)
        {
            return (existing, false);
        }
        await MakeRoomAsync();
        var created = await rows.CreateAsync(conversationId, userId, locale, clock.GetUtcNow());
        return (await FindAsync(conversationId) ?? throw new LobbyConversationGoneException(conversationId), created);
    }

    public async Task<bool> EndAsync(string conversationId)
    {
        Forget(conversationId);
        return (await rows.EndAsync([conversationId])).Count > 0;
    }

    public async Task<int> RemoveIdleAsync()
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromMinutes(_options.ConversationIdleMinutes);
        var ended = await EndAsync(await rows.IdleSinceAsync(cutoff));
        // Handles of conversations another instance ended are dropped here too.
        var held = _handles.Keys.ToList();
        var there = (await rows.StillThereAsync(held)).ToHashSet(StringComparer.Ordinal);
        foreach (var id in held.Where(id => !there.Contains(id)))
        {
            Forget(id);
        }
        return ended;
    }

    public IReadOnlyList<string> TakeEnded()
    {
        var ended = new List<string>();
        while (_ended.TryDequeue(out var id))
        {
            ended.Add(id);
        }
        return ended;
    }

    public long UploadBytesHeld => uploads.HeldBytes;

    // Wakes this instance's streams when any instance changes their conversation; after a (re)connect of the
    // listening connection, every stream looks again (a wake-up sent meanwhile was missed).
    public async Task ListenAsync(CancellationToken ct)
    {
        await foreach (var wakeup in rows.WakeupsAsync(ct))
        {
            if (wakeup is null)
            {
                foreach (var handle in _handles.Values.Where(h => h.IsStreaming))
                {
                    _ = handle.WakeAsync(0);
                }
            }
            else if (_handles.TryGetValue(wakeup.ConversationId, out var handle))
            {
                _ = handle.WakeAsync(wakeup.Watermark);
            }
        }
    }

    private DirectLineConversation? Handle(string conversationId, LobbyConversationState? state)
    {
        if (state is null)
        {
            Forget(conversationId);
            return null;
        }
        var handle = _handles.GetOrAdd(conversationId, _ => new SharedConversation(state, rows, _options.MaxActivitiesPerConversation, uploads, logger));
        handle.Refresh(state);
        return handle;
    }

    private async Task<int> EndAsync(IReadOnlyList<string> ids)
    {
        var ended = await rows.EndAsync(ids);
        foreach (var id in ended)
        {
            Forget(id);
            _ended.Enqueue(id);
        }
        return ended.Count;
    }

    private void Forget(string conversationId)
    {
        if (_handles.TryRemove(conversationId, out var handle))
        {
            handle.Close();
        }
    }

    // As in memory: first those nobody has said anything in, then those quiet for longer than the page waits
    // before it starts over, and only when every conversation is in use, the least recently used.
    private async Task MakeRoomAsync()
    {
        if (await rows.CountAsync() < _options.MaxConversations || await RemoveIdleAsync() > 0)
        {
            return;
        }
        if (await rows.LeastNeededAsync(clock.GetUtcNow() - _pageReset) is { } leaving)
        {
            await EndAsync([leaving]);
        }
    }
}
