using FrontDesk.Bot.Features;
using FrontDesk.Bot.Features.Visits.Kiosk;
using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Channels.Lobby;

// Everything a visitor does at the lobby kiosk (channel "directline"): the greeting with what they can do,
// and an answer to every tap or typed line. Check-in, registration and check-out are their own flows;
// their cards submit { lobby: flow, step } and land back in the same flow.
public sealed class KioskRouter(
    Building building,
    InvitationCheckIn invitation,
    WalkInRegistration walkIn,
    KioskCheckOut leaving)
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
        return turnContext.SendActivityAsync(VisitorMenu.Greeting(t, building.Name), cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var (choice, language) = Understand(activity);
        var t = Catalog.Default.For(language ?? activity.Locale);
        var data = activity.Value as JObject;
        var step = data?["step"]?.ToString();
        var flow = (choice, step) switch
        {
            _ when InvitationCheckIn.IsScan(activity.Text) => invitation.ScannedAsync(turnContext, t, activity.Text, cancellationToken),
            (VisitorChoice.Greeting, _) => GreetAsync(WithLocale(turnContext, t.Language), cancellationToken),
            (VisitorChoice.Invitation, "submit") => invitation.SubmitAsync(turnContext, t, data!, cancellationToken),
            (VisitorChoice.Invitation, _) => invitation.AskAsync(turnContext, t, cancellationToken),
            (VisitorChoice.WalkIn, "submit") => walkIn.SubmitAsync(turnContext, t, data!, cancellationToken),
            (VisitorChoice.WalkIn, _) => walkIn.AskAsync(turnContext, t, cancellationToken),
            (VisitorChoice.Leaving, "find") => leaving.FindAsync(turnContext, t, data!, cancellationToken),
            (VisitorChoice.Leaving, "confirm") => leaving.ConfirmAsync(turnContext, t, data!, cancellationToken),
            (VisitorChoice.Leaving, _) => leaving.AskAsync(turnContext, t, cancellationToken),
            _ => null,
        };
        if (flow is not null)
        {
            await flow;
            return;
        }
        var reply = choice switch
        {
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
