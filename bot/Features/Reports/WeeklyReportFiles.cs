using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using MiniExcelLibs;

namespace FrontDesk.Bot.Features.Reports;

// The rows behind each table of a weekly report: one CSV with a line per cell, or one XLSX sheet per table.
public sealed class WeeklyReportFiles(WeeklyReportContent content, string kind) : IDownload
{
    public const string CsvKind = "weekly-csv";
    public const string XlsxKind = "weekly-xlsx";

    public string Kind => kind;

    public async Task<DownloadFile> CreateAsync(DateOnly from, DateOnly to, Texts texts, CancellationToken ct)
    {
        var week = ReportPeriod.WeekOf(from);
        var tables = (await content.ContentAsync(texts, week, ct)).Tables;
        if (kind == CsvKind)
        {
            // The tables have different columns: one line per cell (table, row, column, value) keeps them in one file.
            string[] header = [texts["reports.weekly.csvTable"], texts["reports.weekly.csvRow"], texts["reports.weekly.csvColumn"], texts["reports.weekly.csvValue"]];
            var rows = tables.SelectMany(table => table.Rows.SelectMany(r => r.Values.Select((value, i) => new[] { table.Title, r.Name, table.Columns[i + 1], value })));
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
            sheets[SheetName(table.Title, texts.Format("reports.weekly.sheet", sheets.Count + 1))] = rows;
        }
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, cancellationToken: ct);
        return new(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", texts.Format("reports.weekly.fileName", week.Code, "xlsx"));
    }

    // Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string title, string fallback)
    {
        var name = new string([.. title.Where(c => !":\\/?*[]".Contains(c))]);
        return name.Length == 0 ? fallback : name[..Math.Min(31, name.Length)];
    }
}
