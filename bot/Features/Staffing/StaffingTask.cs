using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Staffing;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Staffing;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Staffing;

// "staffing" / "人员配置" [2026-12-07 | week | next week | 2026-W50] (managers): a day's staffing table (today by
// default) or a week's, the need from the measured traffic against the roster.
public sealed class StaffingTask(StaffingPlan plan, StaffingText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["staffing", "人员配置"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [StaffingActions.Show];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["staffing.help.title"], texts["staffing.help.description"], texts["staffing.help.typed"], StaffingActions.Show);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var words = typed[Phrases.First(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Length..].Trim();
        if (Understand(words, text.Today) is not { } asked)
        {
            await turn.SendAsync(turn.Texts["staffing.badDay"], ct);
            return;
        }
        await turn.SendCardAsync(await CardAsync(turn.Texts, asked.Day, asked.Week, ct), ct);
    }

    // A button names a day or a week (any day of it); the help button shows today.
    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var week = Date(FormValues.Text(data, StaffingCards.WeekField));
        var day = week ?? Date(FormValues.Text(data, StaffingCards.DayField)) ?? text.Today;
        await turn.ReplaceSubmittedCardAsync(await CardAsync(turn.Texts, day, week is not null, ct), ct);
    }

    private static (DateOnly Day, bool Week)? Understand(string words, DateOnly today) => words.ToLowerInvariant() switch
    {
        "" or "today" or "今天" => (today, false),
        "tomorrow" or "明天" => (today.AddDays(1), false),
        "week" or "this week" or "本周" => (today, true),
        "next week" or "下周" => (today.AddDays(7), true),
        var w when Date(w) is { } day => (day, false),
        var w when RosterTask.Week(w, today) is { } monday => (monday, true),
        _ => null,
    };

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private async Task<AdaptiveCards.AdaptiveCard> CardAsync(Texts t, DateOnly day, bool week, CancellationToken ct) => week
        ? StaffingCards.Week(t, text.WeekView(t, await plan.ForWeekAsync(day, ct)))
        : StaffingCards.Day(t, text.DayView(t, await plan.ForDayAsync(day, ct)));
}
