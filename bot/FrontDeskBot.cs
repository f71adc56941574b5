using FrontDesk.Bot.Lobby;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;

namespace FrontDesk.Bot;

// The one IBot of the app. Lobby conversations (Direct Line) belong to the visitor desk; everything
// else arrives from Teams and is routed by the Teams handler methods.
public class FrontDeskBot(VisitorDesk visitorDesk) : TeamsActivityHandler
{
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.ChannelId == Channels.Directline)
        {
            return visitorDesk.OnTurnAsync(turnContext, cancellationToken);
        }
        return base.OnTurnAsync(turnContext, cancellationToken);
    }
}
