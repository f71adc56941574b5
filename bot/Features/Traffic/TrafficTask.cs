using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Traffic;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Traffic;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Traffic;

// "traffic" / "客流" [from] [to] (desk staff and managers): the last four weeks, one day, or the days between two
// dates (at most a year); the card's buttons show the last 7 days, 4 weeks or 12 weeks.
public sealed class TrafficTask(DeskTraffic traffic, TrafficText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["traffic", "desk traffic", "客流", "客流统计"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [TrafficActions.Show];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["traffic.help.title"], texts["traffic.help.description"], texts["traffic.help.typed"], TrafficActions.Show);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var phrase = Phrases.Where(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Length)!;
        if (Days(typed[phrase.Length..], text.Today) is not { } days)
        {
            await turn.SendAsync(turn.Texts.Format("traffic.badDays", DeskTraffic.MaxDays), ct);
            return;
        }
        await turn.SendCardAsync(await CardAsync(turn.Texts, days.From, days.To, ct), ct);
    }

    // A period button redraws the card in place; a help button (no days) shows the last four weeks.
    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var days = Days($"{FormValues.Text(data, TrafficCard.FromField)} {FormValues.Text(data, TrafficCard.ToField)}", text.Today)
                   ?? Days("", text.Today)!.Value;
        await turn.ReplaceSubmittedCardAsync(await CardAsync(turn.Texts, days.From, days.To, ct), ct);
    }

    // "" → the last four weeks; "2026-11-02" → that day; "2026-11-02 2026-11-29" → those days.
    public static (DateOnly From, DateOnly To)? Days(string typed, DateOnly today)
    {
        var parts = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return (today.AddDays(1 - TrafficText.DefaultDays), today);
        }
        var dates = parts.Select(p => DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToList();
        if (parts.Length > 2 || dates.Any(d => d is null))
        {
            return null;
        }
        var (from, to) = (dates[0]!.Value, dates[^1]!.Value);
        return to < from || to.DayNumber - from.DayNumber >= DeskTraffic.MaxDays ? null : (from, to);
    }

    private async Task<AdaptiveCards.AdaptiveCard> CardAsync(Texts t, DateOnly from, DateOnly to, CancellationToken ct) =>
        TrafficCard.Build(t, text.View(t, await traffic.CountAsync(from, to, ct)));
}
