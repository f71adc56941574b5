using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Feedback;

// The managers' review of a week or a month: the figures against the period before, by category and by week,
// the lowest-rated comments, buttons to move between periods, and the period's rows as a download.
public static class FeedbackSummaryCard
{
    public const string PeriodField = "period";

    public static AdaptiveCard Build(Texts t, FeedbackSummaryView s)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t.Format("feedback.summary.title", s.Period);
        card.Body.Add(FormParts.Heading(card.FallbackText));
        card.Body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new(t["feedback.summary.count"], t.Format("feedback.summary.compared", s.Now.Count, s.Before.Count)),
                new(t["feedback.summary.average"], t.Format("feedback.summary.compared", Average(t, s.Now), Average(t, s.Before)) + Trend(s.Now, s.Before)),
                new(t["feedback.summary.lowShare"], t.Format("feedback.summary.compared", Share(t, s.Now), Share(t, s.Before))),
            ],
        });
        card.Body.Add(Section(t["feedback.summary.byCategory"]));
        card.Body.Add(new AdaptiveFactSet
        {
            Facts = [.. s.Categories.Select(c => new AdaptiveFact(t[$"feedback.category.{c.Category}"],
                t.Format("feedback.summary.categoryLine", Average(t, c.Now), c.Now.Count, Average(t, c.Before), c.Before.Count)))],
        });
        card.Body.Add(Section(t["feedback.summary.byWeek"]));
        card.Body.Add(Weeks(t, s.Weeks));
        card.Body.Add(FormParts.Paragraph(t["feedback.summary.weeksBefore"], subtle: true));
        card.Body.Add(Weeks(t, s.WeeksBefore));
        card.Body.Add(Section(t["feedback.summary.lowest"]));
        if (s.Lowest.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["feedback.summary.noComments"], subtle: true));
        }
        foreach (var f in s.Lowest)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items = [new AdaptiveTextBlock { Text = FeedbackCards.Line(t, f), Wrap = true, Weight = AdaptiveTextWeight.Bolder }, FeedbackCards.Comment(f)],
            });
        }
        card.Actions.Add(FeedbackActions.Summary.Button(t[s.IsMonth ? "feedback.summary.earlierMonth" : "feedback.summary.earlierWeek"], (PeriodField, s.EarlierCode)));
        if (s.LaterCode is not null)
        {
            card.Actions.Add(FeedbackActions.Summary.Button(t[s.IsMonth ? "feedback.summary.laterMonth" : "feedback.summary.laterWeek"], (PeriodField, s.LaterCode)));
        }
        card.Actions.Add(FeedbackActions.Summary.Button(t[s.IsMonth ? "feedback.summary.showWeek" : "feedback.summary.showMonth"], (PeriodField, s.OtherLengthCode)));
        card.Actions.Add(new AdaptiveOpenUrlAction { Title = t["feedback.summary.download"], Url = s.Download });
        return card;
    }

    private static AdaptiveFactSet Weeks(Texts t, IReadOnlyList<WeekLineView> weeks) => new()
    {
        Facts = [.. weeks.Select(w => new AdaptiveFact(w.Week, t.Format("feedback.summary.weekLine", Average(t, w.Ratings), w.Ratings.Count)))],
    };

    private static AdaptiveTextBlock Section(string title) => new() { Text = title, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Separator = true };

    private static string Average(Texts t, RatingView r) => r.Average is { } a ? FeedbackCards.Number(a) : t["feedback.summary.none"];

    private static string Share(Texts t, RatingView r) => r.LowShare is { } s ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s:P0}").Replace(" ", "", StringComparison.Ordinal) : t["feedback.summary.none"];

    // ▲ or ▼ with the change in the average, when both periods have ratings.
    private static string Trend(RatingView now, RatingView before) =>
        now.Average is { } a && before.Average is { } b && Math.Round(a - b, 1) != 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" {(a > b ? "▲" : "▼")}{Math.Abs(a - b):0.0}")
            : "";
}
