using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Bot.Channels.Lobby.DirectLine;

namespace FrontDesk.Bot.Features.Privacy;

// An erased visitor's kiosk conversations: what the lobby still holds of them (messages, uploaded
// files) and the kiosk's form state. Usually long gone; cleared in case the visitor was here minutes ago.
public sealed class KioskConversations(IConversationStore store, LobbyForms forms)
{
    public async Task<int> ClearAsync(IReadOnlyList<string> conversationIds, CancellationToken ct)
    {
        var cleared = 0;
        foreach (var id in conversationIds)
        {
            if (await store.EndAsync(id))
            {
                cleared++;
            }
        }
        await forms.ForgetAsync(conversationIds, ct);
        return cleared;
    }
}
