using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Lobby;

// Everything a visitor does at the lobby kiosk (channel "directline"): the greeting with what they can do,
// and an answer to every tap or typed line (check-in itself arrives with the visitor issue).
public sealed class VisitorDesk(Microsoft.Extensions.Options.IOptions<LobbyOptions> options)
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.ConversationUpdate when VisitorJoined(activity) => GreetAsync(turnContext, cancellationToken),
            ActivityTypes.Message => AnswerAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private Task GreetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var t = Catalog.Default.For(turnContext.Activity.Locale);
        return turnContext.SendActivityAsync(VisitorMenu.Greeting(t, options.Value.BuildingName), cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var (choice, language) = Understand(activity);
        var t = Catalog.Default.For(language ?? activity.Locale);
        if (choice == VisitorChoice.Greeting)
        {
            await GreetAsync(WithLocale(turnContext, t.Language), cancellationToken);
            return;
        }
        var reply = choice switch
        {
            VisitorChoice.Invitation => t["lobby.reply.invitation"],
            VisitorChoice.WalkIn => t["lobby.reply.walkin"],
            VisitorChoice.Leaving => t["lobby.reply.leaving"],
            VisitorChoice.Feedback => t["lobby.reply.feedback"],
            VisitorChoice.Language => t["lobby.reply.language"],
            _ when activity.Attachments?.Count > 0 => t["lobby.reply.attachment"],
            _ => t["lobby.reply.unknown"],
        };
        await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
        await turnContext.SendActivityAsync(VisitorMenu.Prompt(t), cancellationToken);
    }

    // A tap carries { lobby: "walkin", language? } in Value; typed text is matched against keywords.
    private static (VisitorChoice Choice, string? Language) Understand(Activity activity)
    {
        if (activity.Value is JObject value && value["lobby"]?.ToString() is { } tapped)
        {
            var language = value["language"]?.ToString();
            return (VisitorIntent.FromValue(tapped), Catalog.Languages.Contains(language) ? language : null);
        }
        return VisitorIntent.FromText(activity.Text);
    }

    private static bool VisitorJoined(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;

    private static ITurnContext WithLocale(ITurnContext turnContext, string language)
    {
        turnContext.Activity.Locale = language;
        return turnContext;
    }
}
