using System.Globalization;
using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Reports;

// The day as the cards show it: counts, and the answer shares already as whole percents (null: no calls).
public sealed record DailySummaryView(
    string Day,
    int Expected,
    int Arrived,
    int WalkIns,
    int NoShows,
    int Escalations,
    int Messages,
    int? MessagesPercent,
    int RecordedCalls,
    int? RecordedPercent,
    int MailIn,
    int MailOut,
    int FeedbackCount,
    double? FeedbackAverage,
    int LowRatings,
    int OnSite,
    int MailOpen,
    int MailOverdue,
    int UrgentMessagesOpen,
    int LowRatingsOpen);

// The managers' daily summary: one card, a glance — the day's visitors, calls, mail and feedback, and what is
// still open, with anything that needs attention in red.
public static class DailySummaryCard
{
    public static AdaptiveCard Build(Texts t, DailySummaryView d)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t.Format("reports.daily.title", d.Day);
        card.Body.Add(FormParts.Heading(card.FallbackText));
        card.Body.Add(Section(t["reports.daily.visitors"]));
        card.Body.Add(Facts(
            (t["reports.daily.expected"], Number(d.Expected)),
            (t["reports.daily.arrived"], t.Format("reports.daily.arrivedLine", d.Arrived, d.WalkIns)),
            (t["reports.daily.noShows"], Number(d.NoShows)),
            (t["reports.daily.escalations"], Number(d.Escalations))));
        card.Body.Add(Section(t["reports.daily.calls"]));
        card.Body.Add(Facts(
            (t["reports.daily.messages"], d.MessagesPercent is { } mp ? t.Format("reports.daily.withinLine", d.Messages, mp) : Number(d.Messages)),
            (t["reports.daily.recorded"], d.RecordedPercent is { } rp ? t.Format("reports.daily.withinLine", d.RecordedCalls, rp) : t["reports.daily.noRecords"])));
        card.Body.Add(Section(t["reports.daily.mail"]));
        card.Body.Add(Facts((t["reports.daily.mailInOut"], t.Format("reports.daily.inOutLine", d.MailIn, d.MailOut))));
        card.Body.Add(Section(t["reports.daily.feedback"]));
        card.Body.Add(Facts((t["reports.daily.ratings"], d.FeedbackAverage is { } avg
            ? t.Format("reports.daily.ratingsLine", avg.ToString("0.0", CultureInfo.InvariantCulture), d.FeedbackCount, d.LowRatings)
            : t["reports.daily.noRatings"])));
        card.Body.Add(Section(t["reports.daily.open"]));
        var open = new List<(string Key, int Count)>
        {
            ("reports.daily.onSite", d.OnSite), ("reports.daily.mailOpen", d.MailOpen), ("reports.daily.mailOverdue", d.MailOverdue),
            ("reports.daily.urgentOpen", d.UrgentMessagesOpen), ("reports.daily.lowOpen", d.LowRatingsOpen),
        };
        foreach (var (key, count) in open)
        {
            var alarming = count > 0 && key != "reports.daily.onSite" && key != "reports.daily.mailOpen";
            card.Body.Add(new AdaptiveTextBlock
            {
                Text = t.Format(key, count),
                Wrap = true,
                Spacing = AdaptiveSpacing.Small,
                Color = alarming ? AdaptiveTextColor.Attention : AdaptiveTextColor.Default,
                Weight = alarming ? AdaptiveTextWeight.Bolder : AdaptiveTextWeight.Default,
            });
        }
        return card;
    }

    private static AdaptiveTextBlock Section(string title) => new() { Text = title, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Separator = true };

    private static AdaptiveFactSet Facts(params (string Title, string Value)[] facts) => new() { Facts = [.. facts.Select(f => new AdaptiveFact(f.Title, f.Value))] };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
