using AdaptiveCards;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;

namespace FrontDesk.Tests.Cards;

// Reports to management: the daily summary.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Reports(Texts t)
    {
        var day = t.IsChinese ? "12月1日 星期二" : "Tuesday 1 December";
        yield return ("DailySummaryCard.Build", DailySummaryCard.Build(t, new DailySummaryView(day, 12, 10, 4, 2, 1, 9, 78, 40, 85, 23, 19, 5, 4.2, 1, 3, 11, 2, 1, 1)));
        yield return ("DailySummaryCard.Build.quiet", DailySummaryCard.Build(t, new DailySummaryView(day, 0, 0, 0, 0, 0, 0, null, 0, null, 0, 0, 0, null, 0, 0, 0, 0, 0, 0)));
    }
}
