using System.Globalization;
using FrontDesk.Bot.Features.Reports.Charts;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Assessment;
using FrontDesk.Data.Reports;
using FrontDesk.Data.Staffing;
using FrontDesk.Data.Traffic;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

public sealed record WeeklyContent(IReadOnlyList<ReportTable> Tables, IReadOnlyList<string> Lines);

// A week's report in the reader's language: its tables and lines (for the card, the page and the files) and its
// charts (PNG for the card, SVG for the page).
public sealed class WeeklyReportContent(WeeklyReport report, AssessmentRules rules, DeskTraffic traffic, PeakRules peaks, StaffingPlan staffing,
    Roster roster, ReportCharts charts, IOptions<ReportsOptions> options)
{
    private int WaitMinutes => (int)rules.WalkInWait.TotalMinutes;

    public async Task<WeeklyContent> ContentAsync(Texts t, ReportPeriod week, CancellationToken ct)
    {
        var figures = await report.ForAsync(week, rules.WalkInWait, ct);
        var last = week.End.AddDays(-1);
        var plan = await staffing.ForWeekAsync(week.Start, ct);
        var hours = await roster.HoursAsync(week.Start, last, ct);
        var measured = PeakHours.Compare(await traffic.CountAsync(week.Start, last, ct), peaks);
        var tables = WeeklyReportText.Tables(t, figures, WaitMinutes).ToList();
        tables.Add(WeeklyReportText.Staffing(t, plan));
        tables.Add(WeeklyReportText.Cost(t, figures, hours.Total, options.Value.StaffHourlyCost));
        return new WeeklyContent(tables, [WeeklyReportText.Peaks(t, measured), WeeklyReportText.Training(t, figures.Training)]);
    }

    public async Task<IReadOnlyDictionary<string, RenderedChart>> ChartsAsync(Texts t, ReportPeriod week, ChartFormat format, CancellationToken ct)
    {
        var figures = await report.ForAsync(week, rules.WalkInWait, ct);
        var counts = await traffic.CountAsync(week.Start, week.End.AddDays(-1), ct);
        var plan = await staffing.ForWeekAsync(week.Start, ct);
        var days = Enumerable.Range(0, 7).Select(i => week.Start.AddDays(i)).ToList();
        var dayNames = days.Select(d => t.Culture.DateTimeFormat.GetAbbreviatedDayName(d.DayOfWeek)).ToList();
        var cells = new double[7, 24];
        for (var d = 0; d < 7; d++)
        {
            for (var h = 0; h < 24; h++)
            {
                cells[d, h] = counts.At(days[d].DayOfWeek, h).Interactions;
            }
        }
        var hoursOfDay = Enumerable.Range(0, 24).Select(h => h.ToString("D2", CultureInfo.InvariantCulture)).ToList();
        var weeks = figures.Trend.Select(w => w.Week.Code[5..]).ToList();
        ChartSeries Series(string key, Func<WeekFigures, double?> value) => new(t[key], [.. figures.Trend.Select(value)]);
        return new Dictionary<string, RenderedChart>
        {
            ["traffic"] = charts.Heatmap(t["reports.chart.traffic"], dayNames, hoursOfDay, cells, format),
            ["trend"] = charts.Trend(t["reports.chart.trend"], weeks,
                [Series("reports.weekly.row.interactions", w => w.Activity.Interactions), Series("reports.weekly.row.arrived", w => w.Activity.Arrived),
                 Series("reports.weekly.row.messages", w => w.Activity.Messages), Series("reports.weekly.row.mailIn", w => w.Activity.MailIn)],
                t["reports.chart.count"], format),
            ["compliance"] = charts.Trend(t["reports.chart.compliance"], weeks,
                [Series("reports.weekly.row.callShare", w => w.Compliance.CallShare), Series("reports.weekly.row.mailShare", w => w.Compliance.MailShare),
                 new(t.Format("reports.weekly.row.waitShare", WaitMinutes), [.. figures.Trend.Select(w => w.Compliance.WaitShare)])],
                t["reports.chart.percent"], format),
            ["staffing"] = charts.Bars(t["reports.chart.staffing"], dayNames,
                new(t["reports.staffing.need"], [.. plan.Days.Select(d => (double?)d.NeedHours)]),
                new(t["reports.staffing.rostered"], [.. plan.Days.Select(d => (double?)d.RosteredHours)]), t["reports.chart.hours"], format),
        };
    }
}

// The weekly report's card, with its page, chart and file links signed for the reader.
public sealed class WeeklyReports(WeeklyReportContent content, WeeklyReportLinks links, SignedDownloads downloads, BuildingTime time)
{
    // The week a report is about by default: the last full week.
    public ReportPeriod LastWeek => ReportPeriod.WeekOf(time.Today).Previous;

    // account: the manager the card is for; its page and chart links open for them only.
    public async Task<AdaptiveCards.AdaptiveCard> CardAsync(Texts t, ReportPeriod week, string account, CancellationToken ct)
    {
        var made = await content.ContentAsync(t, week, ct);
        var last = week.End.AddDays(-1);
        var view = new WeeklyReportView(
            WeeklyReportText.Week(t, week), week.Previous.Code, week.Next.Start <= LastWeek.Start ? week.Next.Code : null,
            [.. made.Tables.Take(2)], made.Lines,
            [new ReportImage(links.ChartLink(week, "traffic", t.Language, account), t["reports.chart.traffic"]),
             new ReportImage(links.ChartLink(week, "compliance", t.Language, account), t["reports.chart.compliance"])],
            links.PageLink(week, t.Language, account),
            downloads.LinkFor(WeeklyReportFiles.CsvKind, week.Start, last, t.Language),
            downloads.LinkFor(WeeklyReportFiles.XlsxKind, week.Start, last, t.Language));
        return WeeklyReportCard.Build(t, view);
    }
}
