using System.Text.RegularExpressions;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Calls.CallFormCards;

namespace FrontDesk.Bot.Features.Calls;

// The Called back button, on the recipient's notice and on "my messages": the message is closed and the card
// says when and by whom, so it cannot be pressed twice; a colleague who was first is named.
public sealed partial class CalledBackTask(CallBacks callBacks, CallQueries queries, CallText text) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [CallActions.CalledBack];

    public bool IsFor(Person person) => person.Role == Role.Tenant;

    public bool Matches(TeamsTurn turn, string typed) => false;

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) => Task.CompletedTask;

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var reference = FormValues.Text(data, F.ReferenceField) ?? "";
        var result = await callBacks.MarkAsync(turn.Person, reference, turn.Actor, ct);
        if (result.Message is not { } message)
        {
            // A reference is letters, digits and dashes: shown as sent; anything else (a forged submit) escaped.
            await turn.SendAsync(t.Format("calls.item.notFound", ReferencePattern().IsMatch(reference) ? reference : CardText.Escape(reference)), ct);
            return;
        }
        var view = text.View(message);
        if (FormValues.Text(data, F.FromField) == F.FromList)
        {
            var notice = result.Outcome == CallBackOutcome.Marked
                ? t.Format("calls.mine.marked", message.Reference)
                : t.Format("calls.calledBack.already", message.Reference, view.CalledBackAt, CardText.Escape(view.CalledBackBy));
            var open = await queries.OpenForAsync(turn.Person, ct);
            await turn.ReplaceSubmittedCardAsync(CallCards.Mine(t, [.. open.Select(text.View)], notice), ct);
            return;
        }
        await turn.ReplaceSubmittedCardAsync(CallCards.Notice(t, view, reminder: false, text.CallBackMinutes, CallCards.CalledBackLine(t, view)), ct);
    }

    [GeneratedRegex(@"^C-\d{8}-\d{4,}$")]
    private static partial Regex ReferencePattern();
}
