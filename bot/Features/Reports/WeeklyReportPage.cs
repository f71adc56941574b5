using System.Globalization;
using System.Net;
using System.Text;
using FrontDesk.Bot.Features.Reports.Charts;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Supervision;

namespace FrontDesk.Bot.Features.Reports;

// The full weekly report as a page a manager opens from the card and can print on A4: the tables, the charts as
// SVG, the rules reviews as an appendix. Its link and its chart images are signed for that manager, for 15 minutes;
// a tampered, expired or someone else's link, or one of a person no longer a manager, gets the expired page.
public sealed class WeeklyReportPage(WeeklyReportLinks links, WeeklyReportContent reports, RulesReviews reviews, Building building)
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/reports/weekly/{week}", (string week, string? token, string? lang, WeeklyReportPage page, CancellationToken ct) => page.PageAsync(week, token, lang, ct));
        app.MapGet("/reports/charts/{week}/{chart}.png", (string week, string chart, string? token, string? lang, WeeklyReportPage page, CancellationToken ct) =>
            page.ChartAsync(week, chart, token, lang, ct));
    }

    private async Task<IResult> ChartAsync(string week, string chart, string? token, string? language, CancellationToken ct)
    {
        if (await links.OpenAsync(week, token, ct) is not { } open)
        {
            return links.Refused(language);
        }
        if (!WeeklyReportContent.ChartNames.Contains(chart, StringComparer.Ordinal))
        {
            return Results.NotFound();
        }
        var image = reports.Chart(open.Texts, await reports.LoadAsync(open.Week, ct), chart, ChartFormat.Png)!;
        return Results.File(image.Content, image.ContentType);
    }

    private async Task<IResult> PageAsync(string week, string? token, string? language, CancellationToken ct)
    {
        if (await links.OpenAsync(week, token, ct) is not { } open)
        {
            return links.Refused(language);
        }
        var (period, t) = open;
        var data = await reports.LoadAsync(period, ct);
        var content = reports.Content(t, data);
        var charts = WeeklyReportContent.ChartNames.Select(name => reports.Chart(t, data, name, ChartFormat.Svg)!).ToList();
        var html = new StringBuilder();
        var title = t.Format("reports.weekly.title", WeeklyReportText.Week(t, period));
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{t.Language}}"><head><meta charset="utf-8"><title>{{E(title)}}</title>
            <style>
              @page { size: A4; margin: 15mm; }
              body { font-family: "DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; color: #1b1b1b; max-width: 180mm; margin: 0 auto; }
              h1 { font-size: 20pt; } h2 { font-size: 13pt; margin-top: 8mm; border-bottom: 1px solid #999; }
              table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
              th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: right; } th:first-child, td:first-child { text-align: left; }
              .chart { break-inside: avoid; margin: 4mm 0; } .chart svg { width: 100%; height: auto; }
              section { break-inside: avoid; } p { font-size: 10pt; }
            </style></head><body>
            <h1>{{E(building.Name)}} · {{E(title)}}</h1>
            """);
        foreach (var table in content.Tables)
        {
            html.Append("<section><h2>").Append(E(table.Title)).Append("</h2><table><tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th>").Append(E(column)).Append("</th>");
            }
            html.Append("</tr>");
            foreach (var row in table.Rows)
            {
                html.Append("<tr><td>").Append(E(row.Name)).Append("</td>");
                foreach (var value in row.Values)
                {
                    html.Append("<td>").Append(E(value)).Append("</td>");
                }
                html.Append("</tr>");
            }
            html.Append("</table></section>");
        }
        foreach (var line in content.Lines)
        {
            html.Append("<p>").Append(E(line)).Append("</p>");
        }
        html.Append("<h2>").Append(E(t["reports.page.charts"])).Append("</h2>");
        foreach (var chart in charts)
        {
            html.Append("<div class=\"chart\">").Append(chart.Markup).Append("</div>");
        }
        html.Append("<h2>").Append(E(t["reports.page.appendix"])).Append("</h2>");
        var history = await reviews.HistoryAsync(20, ct);
        if (history.Count == 0)
        {
            html.Append("<p>").Append(E(t["reports.page.noReviews"])).Append("</p>");
        }
        foreach (var review in history)
        {
            html.Append("<p>").Append(E(t.Format(review.Outcome == RulesReviewOutcome.Changed ? "reports.page.reviewChanged" : "reports.page.reviewKept",
                review.RecordedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), review.RecordedByName, review.Changes ?? ""))).Append("</p>");
        }
        html.Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
