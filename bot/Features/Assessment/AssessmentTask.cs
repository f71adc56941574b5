using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Assessment;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Assessment;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Assessment;

// "assessment" / "考核" [2026-Q4]: managers get the quarter's ranking with each score's parts and the records behind
// them; a staff member gets their own scores only, never a colleague's.
public sealed class AssessmentTask(AssessmentScores scores, AssessmentText text, SignedDownloads downloads) : ITeamsTask
{
    private static readonly string[] Phrases = ["assessment", "考核"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [AssessmentActions.Show, AssessmentActions.Detail];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) => new(texts["assessment.help.title"],
        texts[person.Role == Role.Manager ? "assessment.help.managerDescription" : "assessment.help.staffDescription"], texts["assessment.help.typed"], AssessmentActions.Show);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var words = typed[Phrases.First(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Length..].Trim();
        if ((words.Length == 0 ? text.ThisQuarter : Quarter.Parse(words)) is not { } quarter)
        {
            await turn.SendAsync(turn.Texts["assessment.badQuarter"], ct);
            return;
        }
        await ShowAsync(turn, await CardAsync(turn, quarter, null, ct), replace: false, ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var quarter = Quarter.Parse(FormValues.Text(data, AssessmentCards.QuarterField)) ?? text.ThisQuarter;
        var staffId = int.TryParse(FormValues.Text(data, AssessmentCards.StaffField), out var id) ? id : (int?)null;
        // Details of a colleague are the managers' only; a staff member's own are theirs.
        if (action == AssessmentActions.Detail && turn.Person.Role != Role.Manager && staffId != turn.Person.StaffId)
        {
            await turn.SendAsync(turn.Texts["help.notAllowed"], ct);
            return;
        }
        await ShowAsync(turn, await CardAsync(turn, quarter, action == AssessmentActions.Detail ? staffId : null, ct), replace: true, ct);
    }

    public static async Task ShowAsync(TeamsTurn turn, AdaptiveCards.AdaptiveCard? card, bool replace, CancellationToken ct)
    {
        if (card is null)
        {
            await turn.SendAsync(turn.Texts["assessment.noSuchStaff"], ct);
        }
        else if (replace)
        {
            await turn.ReplaceSubmittedCardAsync(card, ct);
        }
        else
        {
            await turn.SendCardAsync(card, ct);
        }
    }

    // The ranking for a manager, or one person's scores: the staff member's own, or the one a manager asked about
    // (null when they are not on the desk's list).
    public async Task<AdaptiveCards.AdaptiveCard?> CardAsync(TeamsTurn turn, Quarter quarter, int? staffId, CancellationToken ct, string? notice = null)
    {
        var t = turn.Texts;
        var manager = turn.Person.Role == Role.Manager;
        var ranking = await scores.ForQuarterAsync(quarter, manager ? null : turn.Person.StaffId ?? -1, ct);
        var views = ranking.Select((s, i) => AssessmentText.View(s, i + 1)).ToList();
        var one = manager ? staffId : turn.Person.StaffId;
        if (one is not null)
        {
            return views.FirstOrDefault(v => v.StaffId == one) is { } view ? AssessmentCards.Detail(t, quarter.Code, view, text.Rules, forManager: manager) : null;
        }
        var later = quarter.Next.FirstDay <= text.ThisQuarter.FirstDay ? quarter.Next.Code : null;
        var download = downloads.LinkFor(AssessmentExports.Name, quarter.FirstDay, quarter.End.AddDays(-1), t.Language);
        return AssessmentCards.Ranking(t, new AssessmentView(quarter.Code, quarter.Previous.Code, later, text.Rules, views, download), notice);
    }
}
