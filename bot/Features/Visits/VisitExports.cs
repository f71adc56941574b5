using FrontDesk.Cards.Localization;
using FrontDesk.Data.Visits;

namespace FrontDesk.Bot.Features.Visits;

// The visit register of a date range as a CSV download (see SignedDownloads).
public sealed class VisitExports(VisitSearch search) : IDownload
{
    public const string Name = "visits";

    public string Kind => Name;

    public static RegisterWords Words(Texts t) => new(
        [.. VisitSearch.Columns.Select(c => t[$"desk.csv.{c}"])], s => t[$"desk.visitStatus.{s}"], t["desk.csv.yes"], t["desk.csv.no"]);

    public async Task<DownloadFile> CreateAsync(DateOnly from, DateOnly to, Texts texts, CancellationToken ct)
    {
        var csv = await search.CsvAsync(from, to, Words(texts), ct);
        return new(csv, "text/csv; charset=utf-8", texts.Format("desk.csv.fileName", $"{from:yyyyMMdd}", $"{to:yyyyMMdd}"));
    }
}
