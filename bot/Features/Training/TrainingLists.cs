using AdaptiveCards;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Training;

namespace FrontDesk.Bot.Features.Training;

// The two lists a sign-up changes, built for whoever asks: the upcoming sessions (a manager's with Change and
// Cancel) and one's own places with this quarter's attendance; and what a sign-up's outcome says.
public sealed class TrainingLists(TrainingQueries queries, TrainingText text)
{
    public async Task<AdaptiveCard> SessionsAsync(TeamsTurn turn, TrainingNotice? notice, CancellationToken ct)
    {
        var t = turn.Texts;
        var sessions = await queries.UpcomingAsync(turn.Person.StaffId ?? 0, ct);
        return TrainingCards.Sessions(t, [.. sessions.Select(s => text.View(t, s))], notice, manager: turn.Person.Role == Role.Manager);
    }

    public async Task<AdaptiveCard> MineAsync(TeamsTurn turn, TrainingNotice? notice, CancellationToken ct)
    {
        var t = turn.Texts;
        var staffId = turn.Person.StaffId ?? 0;
        var quarter = text.CurrentQuarter;
        var places = await queries.MineAsync(staffId, ct);
        var attended = await queries.AttendedAsync(staffId, quarter, ct);
        return TrainingCards.Mine(t, [.. places.Select(s => text.View(t, s))], TrainingText.QuarterName(t, quarter), [.. attended.Select(s => text.Line(t, s))], notice);
    }

    public TrainingNotice Outcome(Texts t, SignUpResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var topic = result.Session is { } s ? CardText.Escape(text.Topic(t, s)) : "";
        var when = result.Session is { } session ? text.When(t, session.StartsAt) : "";
        var good = result.Outcome is SignUpOutcome.SignedUp or SignUpOutcome.PlaceGivenUp or SignUpOutcome.LeftWaitingList;
        return new(t.Format($"training.signup.{result.Outcome}", topic, when, result.Position), good);
    }
}
