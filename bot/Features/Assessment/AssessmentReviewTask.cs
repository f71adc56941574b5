using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Assessment;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Assessment;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;
using A = FrontDesk.Cards.Assessment.AssessmentCards;

namespace FrontDesk.Bot.Features.Assessment;

// A manager's part: the attitude rating (1–5, with an optional note) and the quarter's awards, from the ranking's
// buttons. Each change is audited; the ranking comes back redrawn with it.
public sealed class AssessmentReviewTask(AssessmentReviews reviews, AssessmentScores scores, AssessmentTask ranking, AssessmentText text) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [AssessmentActions.OpenAttitude, AssessmentActions.SaveAttitude, AssessmentActions.Award];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => false;

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) => Task.CompletedTask;

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var quarter = Quarter.Parse(FormValues.Text(data, A.QuarterField)) ?? text.ThisQuarter;
        var staff = int.TryParse(FormValues.Text(data, A.StaffField), out var id)
            ? (await scores.ForQuarterAsync(quarter, id, ct)).FirstOrDefault()
            : null;
        if (staff is null)
        {
            await turn.SendAsync(t["assessment.noSuchStaff"], ct);
            return;
        }
        if (action == AssessmentActions.Award)
        {
            var awarded = FormValues.Text(data, A.AwardField) == "true";
            await reviews.AwardAsync(staff.StaffId, quarter, awarded, turn.Actor, turn.Person.Name, ct);
            await ShowRankingAsync(turn, quarter, t.Format(awarded ? "assessment.awardedNotice" : "assessment.unawardedNotice", CardText.Escape(staff.Name)), ct);
            return;
        }
        var form = action == AssessmentActions.OpenAttitude
            ? new FormValues { [A.RatingField] = staff.AttitudeRating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", [A.NoteField] = staff.AttitudeNote ?? "" }
            : FormValues.Read(data, [A.RatingField, A.NoteField]);
        if (action == AssessmentActions.SaveAttitude)
        {
            if (!A.Ratings.Contains(form[A.RatingField], StringComparer.Ordinal))
            {
                form.AddError(A.RatingField, t["assessment.badRating"]);
            }
            if (form[A.NoteField].Length > A.NoteLength)
            {
                form.AddError(A.NoteField, t.Format("form.tooLong", A.NoteLength));
            }
            if (form.IsValid)
            {
                await reviews.RateAttitudeAsync(staff.StaffId, quarter, int.Parse(form[A.RatingField], System.Globalization.CultureInfo.InvariantCulture),
                    form[A.NoteField], turn.Actor, turn.Person.Name, ct);
                await ShowRankingAsync(turn, quarter, t.Format("assessment.saved", CardText.Escape(staff.Name)), ct);
                return;
            }
        }
        await turn.ReplaceSubmittedCardAsync(A.Attitude(t, quarter.Code, staff.StaffId, staff.Name, form), ct);
    }

    private async Task ShowRankingAsync(TeamsTurn turn, Quarter quarter, string notice, CancellationToken ct) =>
        await AssessmentTask.ShowAsync(turn, await ranking.CardAsync(turn, quarter, null, ct, notice), replace: true, ct);
}
