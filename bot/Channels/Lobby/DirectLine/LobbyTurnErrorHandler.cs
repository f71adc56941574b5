using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// A failed lobby turn is logged and the visitor is told, in their language, to try again.
public sealed class LobbyTurnErrorHandler(ILogger<LobbyTurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var busy = DatabaseErrors.IsBusy(exception);
        logger.LogError(exception, "Lobby turn failed in conversation {ConversationId}, activity {ActivityId}, database busy: {DatabaseBusy}",
            turnContext.Activity.Conversation?.Id, turnContext.Activity.Id, busy);
        if (exception is LobbyConversationGoneException)
        {
            return;
        }
        var t = Catalog.Default.For(turnContext.Activity.Locale);
        await turnContext.SendActivityAsync(t[busy ? "common.busy" : "common.error"]);
    }
}
