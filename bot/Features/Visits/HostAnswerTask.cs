using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits;

// The host's buttons on the arrival card: the answer is recorded (and relayed to the kiosk with it), and
// the card is replaced by what was answered so it cannot be pressed twice.
public sealed class HostAnswerTask(HostAnswers answers, VisitNotices notices) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [VisitActions.Answer];

    public bool IsFor(Person person) => person.Role == Role.Tenant;

    public bool Matches(TeamsTurn turn, string text) => false;

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct) => Task.CompletedTask;

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        if (!TryRead(data, out var visitId, out var answer, out var minutes))
        {
            await turn.SendAsync(t["help.cardOutdated"], ct);
            return;
        }
        var result = await answers.AnswerAsync(visitId, turn.Person.MemberId!.Value, answer, minutes, ct);
        switch (result.Outcome)
        {
            case AnswerOutcome.Recorded:
                var visit = result.Visit!;
                var at = notices.LocalTime(visit.HostAnsweredAt!.Value, t);
                var line = result.Relay == KioskRelay.KioskGone
                    ? t.Format("visits.answered.kioskGone", at, VisitNotices.Said(visit, t))
                    : t.Format($"visits.answered.{answer}", at, visit.WaitMinutes);
                await turn.ReplaceSubmittedCardAsync(HostCards.Answered(t, notices.ArrivalOf(visit, t), line), ct);
                break;
            case AnswerOutcome.AlreadyAnswered:
                await turn.ReplaceSubmittedCardAsync(HostCards.Answered(t, notices.ArrivalOf(result.Visit!, t), Standing(t, result, turn.Person.MemberId!.Value)), ct);
                break;
            case AnswerOutcome.VisitEnded:
                await turn.SendAsync(t.Format("visits.answer.ended", t[$"visits.status.{result.Visit!.Status}"]), ct);
                break;
            case AnswerOutcome.NotApplicable:
                await turn.SendAsync(t["visits.answer.notApplicable"], ct);
                break;
            default:
                await turn.SendAsync(t["visits.answer.notYours"], ct);
                break;
        }
    }

    // The answer that stands, and who gave it: "Alice already answered: Coming down (09:03)".
    private string Standing(Texts t, AnswerResult result, int memberId)
    {
        var visit = result.Visit!;
        var said = VisitNotices.Said(visit, t);
        var at = notices.LocalTime(visit.HostAnsweredAt!.Value, t);
        return visit.HostAnsweredBy == memberId
            ? t.Format("visits.answer.alreadyYou", said, at)
            : t.Format("visits.answer.already", CardText.Escape(result.AnsweredBy ?? "-"), said, at);
    }

    private static bool TryRead(JObject data, out int visitId, out HostAnswer answer, out int? minutes)
    {
        visitId = 0;
        answer = default;
        minutes = int.TryParse((string?)data["minutes"], out var m) ? m : null;
        return int.TryParse(data["visitId"]?.ToString(), out visitId) &&
               Enum.TryParse((string?)data["answer"], ignoreCase: false, out answer) &&
               Enum.IsDefined(answer);
    }
}
