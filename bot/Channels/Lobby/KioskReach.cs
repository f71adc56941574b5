using FrontDesk.Bot.Channels.Lobby.DirectLine;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

public enum KioskPresence
{
    Open,
    // The visitor's kiosk session has ended: a message sent there is read by nobody.
    Gone,
    // Azure's Direct Line holds the conversation: only a failed send tells.
    Unknown,
}

// Whether a message to a visitor's kiosk conversation can still be read, asked before telling a host so.
public sealed class KioskReach(IConversationStore store, IOptions<LobbyOptions> options)
{
    public KioskPresence Of(string conversationId) =>
        options.Value.DirectLine.Mode == DirectLineMode.Azure ? KioskPresence.Unknown
        : store.IsGone(conversationId) ? KioskPresence.Gone
        : KioskPresence.Open;
}
