using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// A failed lobby turn is logged and the visitor is told, in their language, to try again.
public sealed class LobbyTurnErrorHandler(ILogger<LobbyTurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError(exception, "Lobby turn failed in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
        if (exception is LobbyConversationGoneException)
        {
            return;
        }
        var t = Catalog.Default.For(turnContext.Activity.Locale);
        await turnContext.SendActivityAsync(t["common.error"]);
    }
}
