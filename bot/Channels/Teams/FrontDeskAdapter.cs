using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Teams;

// The Bot Framework adapter for Teams (and any Bot Connector channel). A turn that throws is logged,
// the user is told in their language, and the conversation's state is cleared so the next turn starts clean.
public sealed class FrontDeskAdapter : CloudAdapter
{
    public FrontDeskAdapter(
        BotFrameworkAuthentication authentication,
        ILogger<FrontDeskAdapter> logger,
        ConversationState conversationState,
        Catalog catalog,
        TurnReplyRetry turnReplies)
        : base(authentication, logger)
    {
        Use(turnReplies);
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            logger.LogError(exception, "Turn failed: {Type} on {Channel} conversation {Conversation}",
                activity.Type, activity.ChannelId, activity.Conversation?.Id);
            // A proactive send (the outbox's) that failed is the outbox's to retry: nobody asked, so nobody is
            // told that "something went wrong".
            if (activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation)
            {
                return;
            }
            try
            {
                await turnContext.SendActivityAsync(catalog.For(activity.Locale)["common.error"]);
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception followUp) when (followUp is not OperationCanceledException)
            {
                logger.LogError(followUp, "Could not tell the user about the failed turn");
            }
        };
    }
}
