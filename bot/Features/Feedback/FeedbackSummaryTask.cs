using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Privacy;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Feedback;

// "feedback summary" / "反馈汇总" (managers): this week, or "month", "last week", "2026-11", "2026-W48"; the card's
// buttons move a period back or forward, switch between week and month, and download the period's CSV.
public sealed class FeedbackSummaryTask(FeedbackSummary summary, FeedbackText text, SignedDownloads downloads, AccessLog access) : ITeamsTask
{
    private static readonly string[] Phrases = ["feedback summary", "反馈汇总"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [FeedbackActions.Summary];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["feedback.help.summaryTitle"], texts["feedback.help.summaryDescription"], texts["feedback.help.summaryTyped"], FeedbackActions.Summary);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var phrase = Phrases.First(p => typed.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (Understand(typed[phrase.Length..].Trim()) is not { } period)
        {
            await turn.SendAsync(turn.Texts["feedback.summary.badPeriod"], ct);
            return;
        }
        await turn.SendCardAsync(await CardAsync(turn, period, ct), ct);
    }

    // A button names its period; the card is redrawn in place for it.
    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var period = ReportPeriod.Parse(FormValues.Text(data, FeedbackSummaryCard.PeriodField)) ?? ReportPeriod.WeekOf(text.Time.Today);
        await turn.ReplaceSubmittedCardAsync(await CardAsync(turn, period, ct), ct);
    }

    private ReportPeriod? Understand(string words)
    {
        var today = text.Time.Today;
        return words.ToLowerInvariant() switch
        {
            "" or "week" or "this week" or "本周" => ReportPeriod.WeekOf(today),
            "last week" or "上周" => ReportPeriod.WeekOf(today).Previous,
            "month" or "this month" or "本月" => ReportPeriod.MonthOf(today),
            "last month" or "上月" or "上个月" => ReportPeriod.MonthOf(today).Previous,
            _ => ReportPeriod.Parse(words),
        };
    }

    private async Task<AdaptiveCards.AdaptiveCard> CardAsync(TeamsTurn turn, ReportPeriod period, CancellationToken ct)
    {
        var t = turn.Texts;
        var report = await summary.ForAsync(period, ct);
        // The lowest ratings are shown with what their givers wrote.
        if (report.Lowest.Count > 0)
        {
            await access.FeedbackViewedAsync(turn.Actor, "feedback.summary", report.Lowest, ct);
        }
        var today = text.Time.Today;
        var isMonth = period.Length == PeriodLength.Month;
        var other = isMonth ? ReportPeriod.WeekOf(period.End.AddDays(-1) < today ? period.End.AddDays(-1) : today) : ReportPeriod.MonthOf(period.Start);
        var view = new FeedbackSummaryView(
            text.Period(t, period), period.Code, isMonth, period.Previous.Code, period.Next.Start <= today ? period.Next.Code : null, other.Code,
            Rating(report.Now), Rating(report.Before),
            [.. report.Categories.Select(c => new CategoryLineView(c.Category.ToString(), Rating(c.Now), Rating(c.Before)))],
            [.. report.Weeks.Where(w => w.InPeriod).Select(w => Week(t, w))],
            [.. report.Weeks.Where(w => !w.InPeriod).Select(w => Week(t, w))],
            [.. report.Lowest.Select(text.View)],
            downloads.LinkFor(FeedbackExports.Name, period.Start, period.End.AddDays(-1), t.Language));
        return FeedbackSummaryCard.Build(t, view);
    }

    private static WeekLineView Week(Texts t, WeekStats w) => new(
        w.To.AddDays(-1) == w.From ? FeedbackText.Day(t, w.From) : $"{FeedbackText.Day(t, w.From)} – {FeedbackText.Day(t, w.To.AddDays(-1))}", Rating(w.Stats));

    private static RatingView Rating(RatingStats s) => new(s.Count, s.Average, s.LowShare);
}
