namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Where the lobby's conversations live: this process's memory (one instance), or the database several instances
// share (LobbyConversations.Shared decides). Bounded in count; idle ones are swept by ConversationSweeper.
public interface IConversationStore
{
    // Counts as activity; null when the conversation is gone.
    Task<DirectLineConversation?> FindAsync(string conversationId);

    // Without counting as activity (a token refresh is not a visitor).
    Task<DirectLineConversation?> PeekAsync(string conversationId);

    // Nobody can read this conversation any more: the store no longer has it (restart, idle, evicted), or the
    // page's live stream closed a while ago and was not reopened (page reset, reloaded or closed). The grace
    // covers a socket that drops and reconnects. Does not count as activity; answers at once (asked while a notice is composed).
    bool IsGone(string conversationId);

    static readonly TimeSpan ReconnectGrace = TimeSpan.FromSeconds(30);

    // Returns the conversation and whether this call created it.
    Task<(DirectLineConversation Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId, string? locale);

    // Ends a conversation now (an erased visitor's); false when it was already gone.
    Task<bool> EndAsync(string conversationId);

    Task<int> RemoveIdleAsync();

    // Conversations ended here since the last call: what the bot kept for them can go too.
    IReadOnlyList<string> TakeEnded();

    // Bytes of uploaded files this instance holds in memory for all conversations together.
    long UploadBytesHeld { get; }
}
