using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Reports;

// "report" / "报告" [2026-W48] (managers): the last full week's report, or any past week by its ISO week.
public sealed class WeeklyReportTask(WeeklyReports reports) : ITeamsTask
{
    private static readonly string[] Phrases = ["report", "报告", "weekly report", "周报"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [ReportsActions.Weekly];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["reports.help.weeklyTitle"], texts["reports.help.weeklyDescription"], texts["reports.help.weeklyTyped"], ReportsActions.Weekly);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var words = typed[Phrases.OrderByDescending(p => p.Length).First(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Length..].Trim();
        var week = words.Length == 0 ? reports.LastWeek : ReportPeriod.Parse(words);
        if (week is null || week.Length != PeriodLength.Week || week.Start > reports.LastWeek.Next.Start)
        {
            await turn.SendAsync(turn.Texts["reports.weekly.badWeek"], ct);
            return;
        }
        await turn.SendCardAsync(await reports.CardAsync(turn.Texts, week, turn.Actor, ct), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var week = ReportPeriod.Parse(FormValues.Text(data, WeeklyReportCard.WeekField)) is { Length: PeriodLength.Week } given ? given : reports.LastWeek;
        await turn.ReplaceSubmittedCardAsync(await reports.CardAsync(turn.Texts, week, turn.Actor, ct), ct);
    }
}
