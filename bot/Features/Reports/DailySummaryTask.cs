using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Reports;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Reports;

// "daily summary" / "今日汇总": a manager sees today's summary now, as it stands.
public sealed class DailySummaryTask(DailySummary summary, BuildingTime time) : ITeamsTask
{
    private static readonly string[] Phrases = ["daily summary", "今日汇总", "每日汇总"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [ReportsActions.Daily];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["reports.help.dailyTitle"], texts["reports.help.dailyDescription"], texts["reports.help.dailyTyped"], ReportsActions.Daily);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) =>
        await turn.SendCardAsync(DailySummaryCard.Build(turn.Texts, ReportsText.Daily(turn.Texts, await summary.ForAsync(time.Today, ct))), ct);

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => OnTextAsync(turn, "daily summary", ct);
}
