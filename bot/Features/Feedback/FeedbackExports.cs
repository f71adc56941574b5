using FrontDesk.Cards.Localization;
using FrontDesk.Data.Feedback;

namespace FrontDesk.Bot.Features.Feedback;

// A period's feedback as a CSV download for managers (see SignedDownloads); contact details only where agreed.
public sealed class FeedbackExports(FeedbackSummary summary) : IDownload
{
    public const string Name = "feedback";

    public string Kind => Name;

    public async Task<DownloadFile> CreateAsync(DateOnly from, DateOnly to, Texts texts, CancellationToken ct)
    {
        var csv = await summary.CsvAsync(from, to, FeedbackText.Words(texts), ct);
        return new(csv, "text/csv; charset=utf-8", texts.Format("feedback.csv.fileName", $"{from:yyyyMMdd}", $"{to:yyyyMMdd}"));
    }
}
