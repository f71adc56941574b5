using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Assessment;
using FrontDesk.Data.Reports;
using MiniExcelLibs;

namespace FrontDesk.Bot.Features.Reports;

// The rows behind each table of a weekly report: one CSV of all rows, each naming its table, or one XLSX sheet
// per table.
// (It makes the tables itself: the card's maker signs links with SignedDownloads, which needs the downloads.)
public sealed class WeeklyReportFiles(WeeklyReport report, AssessmentRules rules, string kind) : IDownload
{
    public const string CsvKind = "weekly-csv";
    public const string XlsxKind = "weekly-xlsx";

    public string Kind => kind;

    public async Task<DownloadFile> CreateAsync(DateOnly from, DateOnly to, Texts texts, CancellationToken ct)
    {
        var week = ReportPeriod.WeekOf(from);
        var tables = WeeklyReportText.Tables(texts, await report.ForAsync(week, rules.WalkInWait, ct), (int)rules.WalkInWait.TotalMinutes);
        if (kind == CsvKind)
        {
            // One table of tables: each row says which table it belongs to, the weeks are the columns.
            var widest = tables.OrderByDescending(t => t.Columns.Count).First();
            string[] header = [texts["reports.weekly.csvTable"], texts["reports.weekly.csvRow"], .. widest.Columns.Skip(1)];
            var rows = tables.SelectMany(table => table.Rows.Select(r =>
                new[] { table.Title, r.Name }.Concat(r.Values).Concat(Enumerable.Repeat("", header.Length - 2 - r.Values.Count)).ToArray()));
            return new(SpreadsheetCsv.Write(header, rows), "text/csv; charset=utf-8", texts.Format("reports.weekly.fileName", week.Code, "csv"));
        }
        var sheets = new Dictionary<string, object>();
        foreach (var table in tables)
        {
            var rows = table.Rows.Select(r =>
            {
                var row = new Dictionary<string, object> { [table.Columns[0].Length == 0 ? table.Title : table.Columns[0]] = r.Name };
                for (var i = 0; i < r.Values.Count; i++)
                {
                    row[table.Columns[i + 1]] = r.Values[i];
                }
                return row;
            }).ToList();
            sheets[SheetName(table.Title, sheets.Count)] = rows;
        }
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, cancellationToken: ct);
        return new(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", texts.Format("reports.weekly.fileName", week.Code, "xlsx"));
    }

    // Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string title, int index)
    {
        var name = new string([.. title.Where(c => !":\\/?*[]".Contains(c))]);
        return name.Length == 0 ? $"Sheet{index + 1}" : name[..Math.Min(31, name.Length)];
    }
}
