using FrontDesk.Bot.Channels.Lobby;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace FrontDesk.Bot.Channels.Teams;

// The bot behind /api/messages. Teams messages: the conversation reference is kept for proactive
// messages, then the message goes to the Teams router. The local lobby never comes this way (its adapter
// calls the kiosk's router itself); only Azure's Direct Line (Lobby:DirectLine:Mode Azure) does.
public class FrontDeskBot(
    KioskRouter kiosk,
    TeamsRouter router,
    ConversationReferenceCapture references) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.ChannelId == Microsoft.Bot.Connector.Channels.Directline)
        {
            await kiosk.OnTurnAsync(turnContext, cancellationToken);
            return;
        }
        await references.CaptureAsync(turnContext, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        router.OnMessageAsync(turnContext, cancellationToken);

    // Installed in a personal chat: Teams adds the bot as a member; greet the user once, there.
    protected override async Task OnTeamsMembersAddedAsync(IList<TeamsChannelAccount> teamsMembersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botAdded = teamsMembersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        if (botAdded && turnContext.Activity.Conversation?.ConversationType == "personal")
        {
            await router.WelcomeAsync(turnContext, cancellationToken);
        }
    }
}
