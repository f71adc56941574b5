using FrontDesk.Bot.Channels.Lobby.DirectLine;

namespace FrontDesk.Bot.Channels.Lobby;

// A conversation token for the kiosk page; the page never sees a secret.
public interface ILobbyTokenSource
{
    Task<LobbyToken> CreateAsync(CancellationToken cancellationToken);
}

public sealed record LobbyToken(string Token, string ConversationId, int ExpiresIn);

public sealed class LocalLobbyTokenSource(DirectLineTokens tokens) : ILobbyTokenSource
{
    public Task<LobbyToken> CreateAsync(CancellationToken cancellationToken)
    {
        var issued = tokens.Issue(DirectLineTokens.NewConversationId(), DirectLineTokens.NewUserId());
        return Task.FromResult(new LobbyToken(issued.Token, issued.ConversationId, issued.ExpiresIn));
    }
}
