using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Assessment;

namespace FrontDesk.Bot.Features.Assessment;

// A quarter's assessment as a CSV download for managers (see SignedDownloads), ranked as on the card.
public sealed class AssessmentExports(AssessmentScores scores) : IDownload
{
    public const string Name = "assessment";

    private static readonly string[] Columns =
        ["rank", "name", "score", "service", "calls", "mail", "walkIns", "feedbackAverage", "feedbackCount", "feedback", "attitudeRating", "attitude", "note", "awarded"];

    public string Kind => Name;

    public async Task<DownloadFile> CreateAsync(DateOnly from, DateOnly to, Texts texts, CancellationToken ct)
    {
        var quarter = Quarter.Of(from);
        var ranking = await scores.ForQuarterAsync(quarter, ct: ct);
        var csv = SpreadsheetCsv.Write([.. Columns.Select(c => texts[$"assessment.csv.{c}"])], ranking.Select((s, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), s.Name, Number(s.Total), Number(s.Service.Value), Count(s.Calls), Count(s.Mail), Count(s.WalkIns),
            s.FeedbackAverage?.ToString("0.0", CultureInfo.InvariantCulture) ?? "", s.FeedbackCount.ToString(CultureInfo.InvariantCulture), Number(s.Feedback.Value),
            s.AttitudeRating?.ToString(CultureInfo.InvariantCulture) ?? "", Number(s.Attitude.Value), s.AttitudeNote ?? "",
            texts[s.Awarded ? "assessment.csv.yes" : "assessment.csv.no"],
        }));
        return new(csv, "text/csv; charset=utf-8", texts.Format("assessment.csv.fileName", quarter.Code));
    }

    private static string Number(double? value) => value is { } v ? Math.Round(v, 1).ToString("0.0", CultureInfo.InvariantCulture) : "";

    private static string Count(RecordCount c) => c.Handled == 0 ? "" : $"{c.Met}/{c.Handled}";
}
