using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Lobby;

// Everything a visitor does at the lobby kiosk (channel "directline"): greeting, and later check-in etc.
public sealed class VisitorDesk
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _ = turnContext;
        _ = cancellationToken;
        return Task.CompletedTask;
    }
}
