using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

// Invitation codes that did not work in one kiosk conversation, counted per code (the same typo again is
// not another guess). After Lobby:MaxWrongCodes of them the conversation takes no more codes. Kept in the
// conversation's bot state, so it is forgotten with the conversation's forms.
public sealed class CodeAttempts(ConversationState state, IOptions<LobbyOptions> options)
{
    private readonly IStatePropertyAccessor<HashSet<string>> _wrong = state.CreateProperty<HashSet<string>>("lobby.wrongCodes");

    public async Task<bool> IsLockedAsync(ITurnContext turn, CancellationToken ct) =>
        (await _wrong.GetAsync(turn, () => [], ct)).Count >= options.Value.MaxWrongCodes;

    public async Task CountAsync(ITurnContext turn, string code, CancellationToken ct)
    {
        var wrong = await _wrong.GetAsync(turn, () => [], ct);
        if (wrong.Add(code))
        {
            await state.SaveChangesAsync(turn, false, ct);
        }
    }
}
