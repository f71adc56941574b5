using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Reports;

// One line of a report table: what it counts and its value in each week compared (already formatted).
public sealed record ReportRow(string Name, IReadOnlyList<string> Values);

public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows);

// A chart the card shows as an image by its (signed) address, with words for those who cannot see it.
public sealed record ReportImage(Uri Url, string AltText);

public sealed record WeeklyReportView(
    string Week,
    string EarlierCode,
    string? LaterCode,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<string> Lines,
    IReadOnlyList<ReportImage> Charts,
    Uri? Page,
    Uri Csv,
    Uri Xlsx);

// The managers' weekly report in Teams: tables first (the week against the week before and four weeks before),
// the charts as images by address (never inlined: the message stays small), the full report page and the rows
// as CSV and XLSX behind signed links.
public static class WeeklyReportCard
{
    public const string WeekField = "week";

    public static AdaptiveCard Build(Texts t, WeeklyReportView r)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t.Format("reports.weekly.title", r.Week);
        card.Body.Add(FormParts.Heading(card.FallbackText));
        foreach (var table in r.Tables)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = table.Title, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Separator = true });
            card.Body.Add(Table(table));
        }
        foreach (var line in r.Lines)
        {
            card.Body.Add(FormParts.Paragraph(line));
        }
        foreach (var chart in r.Charts)
        {
            card.Body.Add(new AdaptiveImage(chart.Url.ToString()) { AltText = chart.AltText, Size = AdaptiveImageSize.Stretch });
        }
        card.Actions.Add(ReportsActions.Weekly.Button(t["reports.weekly.earlier"], (WeekField, r.EarlierCode)));
        if (r.LaterCode is not null)
        {
            card.Actions.Add(ReportsActions.Weekly.Button(t["reports.weekly.later"], (WeekField, r.LaterCode)));
        }
        if (r.Page is not null)
        {
            card.Actions.Add(new AdaptiveOpenUrlAction { Title = t["reports.weekly.page"], Url = r.Page });
        }
        card.Actions.Add(new AdaptiveOpenUrlAction { Title = t["reports.weekly.csv"], Url = r.Csv });
        card.Actions.Add(new AdaptiveOpenUrlAction { Title = t["reports.weekly.xlsx"], Url = r.Xlsx });
        return card;
    }

    private static AdaptiveTable Table(ReportTable table)
    {
        var header = new AdaptiveTableRow { Cells = [.. table.Columns.Select(c => Cell(c, bold: true))] };
        var result = new AdaptiveTable
        {
            Columns = [new AdaptiveTableColumnDefinition { Width = 3 }, .. table.Columns.Skip(1).Select(_ => new AdaptiveTableColumnDefinition { Width = 2 })],
            FirstRowAsHeaders = true,
            Rows = [header],
        };
        foreach (var row in table.Rows)
        {
            result.Rows.Add(new AdaptiveTableRow { Cells = [Cell(row.Name, bold: false), .. row.Values.Select(v => Cell(v, bold: false))] });
        }
        return result;
    }

    private static AdaptiveTableCell Cell(string text, bool bold) => new()
    {
        Items = [new AdaptiveTextBlock { Text = text, Wrap = true, Weight = bold ? AdaptiveTextWeight.Bolder : AdaptiveTextWeight.Default }],
    };
}
