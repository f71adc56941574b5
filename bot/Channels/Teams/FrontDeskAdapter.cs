using FrontDesk.Bot.Hosting;
using FrontDesk.Bot.Hosting.State;
using FrontDesk.Bot.Hosting.Telemetry;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Teams;

// The Bot Framework adapter for Teams (and any Bot Connector channel). A turn that throws is logged,
// the user is told in their language, and the conversation's state is cleared so the next turn starts clean; a turn
// that met another instance's newer state runs again first (StaleStateRetry).
// Outgoing connector clients are reused across turns (ConnectorReuse): the SDK's per-turn clients were most of a turn's CPU;
// the SDK's own per-turn Information lines are left out of the log (SdkWarningsLogger).
public sealed class FrontDeskAdapter : CloudAdapter
{
    public FrontDeskAdapter(
        BotFrameworkAuthentication authentication,
        ILogger<FrontDeskAdapter> logger,
        ConversationState conversationState,
        Catalog catalog,
        TurnReplyRetry turnReplies,
        StaleStateRetry staleState,
        TurnTelemetry telemetry,
        TurnCulture culture)
        : base(new ConnectorReuse(authentication), new SdkWarningsLogger(logger))
    {
        Use(culture);
        Use(telemetry);
        Use(turnReplies);
        Use(staleState);
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            var busy = DatabaseErrors.IsBusy(exception);
            logger.LogError(exception, "Turn failed: {Type} on {Channel} conversation {Conversation}, activity {ActivityId}, database busy: {DatabaseBusy}",
                activity.Type, activity.ChannelId, activity.Conversation?.Id, activity.Id, busy);
            // A proactive send (the outbox's) that failed is the outbox's to retry: nobody asked, so nobody is
            // told that "something went wrong".
            if (activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation)
            {
                return;
            }
            try
            {
                await turnContext.SendActivityAsync(catalog.For(activity.Locale)[busy ? "common.busy" : "common.error"]);
                // A busy database is not broken state: keep the user's half-filled form (and don't wait for the lock again).
                if (!busy)
                {
                    await conversationState.DeleteAsync(turnContext);
                }
            }
            catch (Exception followUp) when (followUp is not OperationCanceledException)
            {
                logger.LogError(followUp, "Could not tell the user about the failed turn");
            }
        };
    }
}
