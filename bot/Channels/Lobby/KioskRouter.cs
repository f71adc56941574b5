using FrontDesk.Bot.Features;
using FrontDesk.Bot.Features.Feedback;
using FrontDesk.Bot.Features.Visits.Kiosk;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Channels.Lobby;

// Everything a visitor does at the lobby kiosk (channel "directline"): the greeting with what they can do,
// and an answer to every tap or typed line. Check-in, registration, check-out and feedback are their own flows;
// their cards submit { lobby: flow, step } and land back in the same flow.
public sealed class KioskRouter(
    Building building,
    Catalog catalog,
    LobbyForms forms,
    CodeAttempts codes,
    InvitationCheckIn invitation,
    WalkInRegistration walkIn,
    KioskCheckOut leaving,
    KioskFeedback feedback)
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
        var t = catalog.For(turnContext.Activity.Locale);
        return turnContext.SendActivityAsync(VisitorMenu.Greeting(t, building.Name), cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var (choice, language) = Understand(activity);
        var t = catalog.For(language ?? activity.Locale);
        var turn = new KioskTurn(turnContext, t, forms, codes);
        var data = activity.Value as JObject;
        var pressed = data is null ? null : KioskActions.StepOf(choice, data[KioskAction.StepKey]?.ToString());
        var flow = choice switch
        {
            _ when InvitationCheckIn.IsTyped(activity.Text) => invitation.TypedAsync(turn, t, activity.Text!, cancellationToken),
            KioskFlow.Greeting => GreetAsync(WithLocale(turnContext, t.Language), cancellationToken),
            _ when pressed == KioskActions.CheckInWithCode => invitation.SubmitAsync(turn, t, data!, cancellationToken),
            KioskFlow.Invitation => invitation.AskAsync(turn, t, cancellationToken),
            _ when pressed == KioskActions.RegisterWalkIn => walkIn.SubmitAsync(turn, t, data!, cancellationToken),
            KioskFlow.WalkIn => walkIn.AskAsync(turn, t, cancellationToken),
            _ when pressed == KioskActions.FindLeaving => leaving.FindAsync(turn, t, data!, cancellationToken),
            _ when pressed == KioskActions.ConfirmLeaving => LeaveAsync(turn, t, data!, cancellationToken),
            KioskFlow.Leaving => leaving.AskAsync(turn, t, cancellationToken),
            _ when pressed == KioskActions.GiveFeedback => feedback.SubmitAsync(turn, t, data!, cancellationToken),
            KioskFlow.Feedback => feedback.AskAsync(turn, t, cancellationToken),
            _ => null,
        };
        if (flow is not null)
        {
            await flow;
            return;
        }
        var reply = choice switch
        {
            KioskFlow.Language => t["lobby.reply.language"],
            _ when activity.Attachments?.Count > 0 => t["lobby.reply.attachment"],
            _ => t["lobby.reply.unknown"],
        };
        await turn.SendAsync(reply, cancellationToken);
        await turn.SendAsync(VisitorMenu.Prompt(t), cancellationToken);
    }

    // A visitor who has just checked out is offered the feedback card, once.
    private async Task LeaveAsync(KioskTurn turn, Texts t, JObject data, CancellationToken ct)
    {
        if (await leaving.ConfirmAsync(turn, t, data, ct) is { } visitId)
        {
            await feedback.OfferAsync(turn, t, visitId, ct);
        }
    }

    // A tap carries { lobby: "walkin", language? } in Value; typed text is matched against keywords.
    private static (KioskFlow Choice, string? Language) Understand(Activity activity)
    {
        if (activity.Value is JObject value && value[KioskAction.FlowKey]?.ToString() is { } tapped)
        {
            var language = value[KioskAction.LanguageKey]?.ToString();
            return (KioskActions.FlowOf(tapped), Catalog.Languages.Contains(language) ? language : null);
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
