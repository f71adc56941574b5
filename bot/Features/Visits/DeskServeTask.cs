using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits;

// "I'll see to them" on the desk's no-answer alert: the first staff member to press it is recorded as going to
// the visitor (who is told at the kiosk), and the pressed card says what stands so it cannot be pressed again.
public sealed class DeskServeTask(DeskServes serves, VisitNotices notices) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [VisitActions.Serve];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string text) => false;

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct) => Task.CompletedTask;

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        if (!int.TryParse(FormValues.Text(data, DeskServeCards.VisitField), out var visitId))
        {
            await turn.SendAsync(t["help.cardOutdated"], ct);
            return;
        }
        var result = await serves.ServeAsync(visitId, turn.Actor, turn.Person.Name, ct);
        if (result.Visit is not { } visit || result.Outcome == ServeOutcome.NotWaiting)
        {
            await turn.SendAsync(t["visits.desk.serveNotWaiting"], ct);
            return;
        }
        var waiting = notices.WaitingOf(visit, t);
        var card = result.Outcome switch
        {
            ServeOutcome.Recorded => DeskServeCards.Settled(t, waiting, t.Format("visits.desk.serving", CardText.Escape(visit.VisitorName), waiting.ArrivedAt),
                yours: true, result.Relay == KioskRelay.Queued ? t["visits.desk.servingTold"] : null),
            ServeOutcome.AlreadyServed => DeskServeCards.Settled(t, waiting, Taken(turn, visit), yours: visit.DeskServedBy == turn.Actor),
            ServeOutcome.HostAnswered => DeskServeCards.Settled(t, waiting, t.Format("visits.desk.serveAnswered",
                CardText.Escape(result.AnsweredBy ?? visit.Host!.Name), VisitNotices.Said(visit, t), notices.LocalTime(visit.HostAnsweredAt!.Value, t)), yours: false),
            _ => DeskServeCards.Settled(t, waiting, t.Format("visits.desk.serveEnded", t[$"visits.status.{visit.Status}"]), yours: false),
        };
        await turn.ReplaceSubmittedCardAsync(card, ct);
    }

    // Who took it first, and when: "Li Na is already seeing to Zhang San (since 09:06)."
    private string Taken(TeamsTurn turn, Visit visit)
    {
        var t = turn.Texts;
        var since = notices.LocalTime(visit.DeskServedAt!.Value, t);
        return visit.DeskServedBy == turn.Actor
            ? t.Format("visits.desk.servedByYou", CardText.Escape(visit.VisitorName), since)
            : t.Format("visits.desk.servedBy", CardText.Escape(visit.DeskServedByName ?? "-"), CardText.Escape(visit.VisitorName), since);
    }
}
