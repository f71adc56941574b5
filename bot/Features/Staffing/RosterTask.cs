using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Staffing;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Staffing;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Staffing;

// "roster" / "排班" [2026-12-07 | 2026-W50] (managers): the week's shifts with Remove beside each from today on,
// the weeks around it, Add shift; "import roster" / "导入排班" shows how to send a month as CSV (the file itself
// arrives through the directory's import task, which hands it to RosterFileImport).
public sealed class RosterTask(Roster roster, StaffingText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["roster", "排班", "排班表"];
    private static readonly string[] ImportPhrases = ["import roster", "导入排班"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [StaffingActions.Roster, StaffingActions.RemoveShift, StaffingActions.ImportRoster];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases) || IsImportCommand(typed);

    public static bool IsImportCommand(string typed) => Shortcut.Matches(typed, ImportPhrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["roster.help.title"], texts["roster.help.description"], texts["roster.help.typed"], StaffingActions.Roster);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        if (IsImportCommand(typed))
        {
            await turn.SendCardAsync(RosterCards.ImportHelp(turn.Texts), ct);
            return;
        }
        var words = typed[Phrases.Where(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Length)!.Length..].Trim();
        if (Week(words, text.Today) is not { } monday)
        {
            await turn.SendAsync(turn.Texts["roster.badWeek"], ct);
            return;
        }
        await turn.SendCardAsync(await CardAsync(turn.Texts, monday, null, ct), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == StaffingActions.ImportRoster)
        {
            await turn.SendCardAsync(RosterCards.ImportHelp(turn.Texts), ct);
            return;
        }
        var monday = Week(FormValues.Text(data, RosterCards.WeekField) ?? "", text.Today) ?? StaffingPlan.WeekStart(text.Today);
        string? notice = null;
        if (action == StaffingActions.RemoveShift)
        {
            var removed = int.TryParse(FormValues.Text(data, RosterCards.ShiftField), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? await roster.RemoveAsync(id, turn.Actor, ct)
                : null;
            notice = removed is null ? turn.Texts["roster.removeGone"] : text.ShiftNotice(turn.Texts, "roster.removed", removed);
        }
        await turn.ReplaceSubmittedCardAsync(await CardAsync(turn.Texts, monday, notice, ct), ct);
    }

    public async Task<AdaptiveCards.AdaptiveCard> CardAsync(Texts t, DateOnly monday, string? notice, CancellationToken ct) =>
        RosterCards.Week(t, text.RosterWeek(t, monday, await roster.ShiftsAsync(monday, monday.AddDays(6), ct), notice));

    // "" → this week; a date → its week; "2026-W50" → that ISO week. Always the Monday.
    public static DateOnly? Week(string words, DateOnly today)
    {
        if (words.Length == 0)
        {
            return StaffingPlan.WeekStart(today);
        }
        if (DateOnly.TryParseExact(words, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return StaffingPlan.WeekStart(day);
        }
        var parts = words.ToUpperInvariant().Split("-W");
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year)
            ? DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday))
            : null;
    }
}
