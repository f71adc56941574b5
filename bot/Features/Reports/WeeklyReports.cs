using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Assessment;
using FrontDesk.Data.Reports;

namespace FrontDesk.Bot.Features.Reports;

// Makes the weekly report's card for a week in the reader's language, with its links signed for them.
public sealed class WeeklyReports(WeeklyReport report, AssessmentRules rules, SignedDownloads downloads, BuildingTime time)
{
    // The week a report is about by default: the last full week.
    public ReportPeriod LastWeek => ReportPeriod.WeekOf(time.Today).Previous;

    public async Task<AdaptiveCards.AdaptiveCard> CardAsync(Texts t, ReportPeriod week, CancellationToken ct)
    {
        var figures = await report.ForAsync(week, rules.WalkInWait, ct);
        var minutes = (int)rules.WalkInWait.TotalMinutes;
        var last = week.End.AddDays(-1);
        var view = new WeeklyReportView(
            WeeklyReportText.Week(t, week), week.Previous.Code, week.Next.Start <= LastWeek.Start ? week.Next.Code : null,
            WeeklyReportText.Tables(t, figures, minutes), [WeeklyReportText.Training(t, figures.Training)], [], null,
            downloads.LinkFor(WeeklyReportFiles.CsvKind, week.Start, last, t.Language),
            downloads.LinkFor(WeeklyReportFiles.XlsxKind, week.Start, last, t.Language));
        return WeeklyReportCard.Build(t, view);
    }
}
