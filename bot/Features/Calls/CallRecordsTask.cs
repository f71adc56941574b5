using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Calls;

// The desk's answer times ("call stats" / "来电统计", optionally with the first and last day) and how to send
// the phone system's export ("import calls" / "导入通话记录"; the file itself arrives through the import task).
public sealed class CallRecordsTask(AnswerTimes answerTimes, CallRecordImport import, CallText text) : ITeamsTask
{
    public const int MaxDays = 92;
    public const int DefaultDays = 7;

    private static readonly string[] StatsPhrases = ["call stats", "answer times", "来电统计", "接听时长"];
    private static readonly string[] ImportPhrases = ["import calls", "import call records", "导入通话记录", "导入来电记录"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [CallActions.Records, CallActions.AnswerTimes];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => IsOwn(typed);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["calls.help.recordsTitle"], texts["calls.help.recordsDescription"], texts["calls.help.recordsTyped"], CallActions.AnswerTimes);

    public static bool IsOwn(string typed) => Shortcut.Matches(typed, StatsPhrases) || IsImportCommand(typed);

    public static bool IsImportCommand(string typed) => Shortcut.Matches(typed, ImportPhrases);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        if (IsImportCommand(typed))
        {
            await SendInstructionsAsync(turn, ct);
            return;
        }
        var phrase = StatsPhrases.First(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (Days(typed[phrase.Length..], text.Today) is not { } days)
        {
            await turn.SendAsync(turn.Texts.Format("calls.times.badDays", MaxDays), ct);
            return;
        }
        await SendReportAsync(turn, days.From, days.To, ct);
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) =>
        action == CallActions.Records ? SendInstructionsAsync(turn, ct) : SendReportAsync(turn, text.Today.AddDays(1 - DefaultDays), text.Today, ct);

    // "" → the last seven days; "2026-12-01" → that day; "2026-12-01 2026-12-07" → those days.
    public static (DateOnly From, DateOnly To)? Days(string typed, DateOnly today)
    {
        var parts = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return (today.AddDays(1 - DefaultDays), today);
        }
        if (parts.Length > 2 || !parts.All(p => DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            return null;
        }
        var from = DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = parts.Length == 2 ? DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture) : from;
        return to < from || to.DayNumber - from.DayNumber >= MaxDays ? null : (from, to);
    }

    private async Task SendReportAsync(TeamsTurn turn, DateOnly from, DateOnly to, CancellationToken ct) =>
        await turn.SendCardAsync(AnswerTimeCards.Report(turn.Texts, CallText.Report(await answerTimes.ForAsync(from, to, ct))), ct);

    private Task SendInstructionsAsync(TeamsTurn turn, CancellationToken ct)
    {
        var c = import.Columns;
        return turn.SendCardAsync(AnswerTimeCards.Instructions(turn.Texts,
            new CallColumnsView(c.StartTime, c.Direction, c.CallerNumber, c.WaitSeconds, c.Answered, c.AnsweredBy, c.CallId)), ct);
    }
}
