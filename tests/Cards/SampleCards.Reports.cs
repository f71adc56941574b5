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
        var columns = new[] { "", t["reports.weekly.column.this"], t["reports.weekly.column.previous"], t["reports.weekly.column.fourBefore"] };
        var tables = new[]
        {
            new ReportTable(t["reports.weekly.activity"], columns, [new(t["reports.weekly.row.arrived"], ["120", "98", "110"]), new(t["reports.weekly.row.interactions"], ["410", "380", "402"])]),
            new ReportTable(t["reports.weekly.compliance"], columns, [new(t["reports.weekly.row.callShare"], ["82%", "79%", "–"])]),
        };
        var link = new Uri("https://frontdesk.example/api/exports/weekly-csv/token");
        yield return ("WeeklyReportCard.Build", WeeklyReportCard.Build(t, new WeeklyReportView(t.Format("reports.weekly.week", t.IsChinese ? "11月23日" : "23 Nov", t.IsChinese ? "11月29日" : "29 Nov", "2026-W48"), "2026-W47", null, tables,
            [t.Format("reports.weekly.training", 1, 6, 5, "1,200", 5, 7, "3,400")], [new ReportImage(new Uri("https://frontdesk.example/reports/charts/token.png"), t["reports.weekly.activity"])],
            new Uri("https://frontdesk.example/reports/weekly/2026-W48?token=x"), link, link)));
        yield return ("WeeklyReportCard.Build.middle", WeeklyReportCard.Build(t, new WeeklyReportView("2026-W40", "2026-W39", "2026-W41", tables, [], [], null, link, link)));
        yield return ("DailySummaryCard.Build.quiet", DailySummaryCard.Build(t, new DailySummaryView(day, 0, 0, 0, 0, 0, 0, null, 0, null, 0, 0, 0, null, 0, 0, 0, 0, 0, 0)));
    }
}
