using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Training;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Training;

// "training status" / "培训情况" (managers), or "training status 2026-Q3" for another quarter: who has not attended
// a session this quarter yet (with what they have booked), and who has, with the session.
public sealed class TrainingStatusTask(QuarterStatus status, TrainingText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["training status", "培训情况"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [TrainingActions.Status];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["training.help.statusTitle"], texts["training.help.statusDescription"], texts["training.help.statusTyped"], TrainingActions.Status);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var asked = Phrases.FirstOrDefault(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } phrase ? typed[phrase.Length..].Trim() : "";
        if (asked.Length == 0)
        {
            await SendAsync(turn, status.Current, ct);
        }
        else if (Quarter.TryParse(asked, out var quarter))
        {
            await SendAsync(turn, quarter, ct);
        }
        else
        {
            await turn.SendAsync(turn.Texts["training.status.badQuarter"], ct);
        }
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) =>
        SendAsync(turn, Quarter.TryParse(FormValues.Text(data, TrainingStatusCards.QuarterField), out var quarter) ? quarter : status.Current, ct);

    private async Task SendAsync(TeamsTurn turn, Quarter quarter, CancellationToken ct)
    {
        var t = turn.Texts;
        var report = await status.ForAsync(quarter, ct);
        var view = new QuarterStatusView(TrainingText.QuarterName(t, quarter), TrainingText.QuarterDays(t, quarter),
            [.. report.NotYet.Select(l => new StatusLineView(l.Name, l.Booked.Count == 0
                ? t["training.status.noPlace"]
                : t.Format("training.status.booked", text.Lines(t, l.Booked))))],
            [.. report.Done.Select(l => new StatusLineView(l.Name, text.Lines(t, l.Attended)))]);
        await turn.SendCardAsync(TrainingStatusCards.Status(t, view, quarter.Previous.ToString()), ct);
    }
}
