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

// What a week's report is made from, read once: the figures, the staffing plan, the traffic by weekday and hour.
public sealed record WeekData(ReportPeriod Week, WeeklyFigures Figures, StaffingWeek Plan, TrafficReport Traffic);

// A week's report in the reader's language: its tables and lines (for the card, the page and the files) and its
// charts (PNG for the card, SVG for the page), all from one reading of the week's data.
public sealed class WeeklyReportContent(WeeklyReport report, AssessmentRules rules, DeskTraffic traffic, PeakRules peaks, StaffingPlan staffing,
    ReportCharts charts, IOptions<ReportsOptions> options)
{
    public static readonly string[] ChartNames = ["traffic", "trend", "compliance", "staffing"];

    private int WaitMinutes => (int)rules.WalkInWait.TotalMinutes;

    public async Task<WeekData> LoadAsync(ReportPeriod week, CancellationToken ct) => new(week,
        await report.ForAsync(week, rules.WalkInWait, ct), await staffing.ForWeekAsync(week.Start, ct), await traffic.CountAsync(week.Start, week.End.AddDays(-1), ct));

    public WeeklyContent Content(Texts t, WeekData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tables = WeeklyReportText.Tables(t, data.Figures, WaitMinutes).ToList();
        tables.Add(WeeklyReportText.Staffing(t, data.Plan));
        tables.Add(WeeklyReportText.Cost(t, data.Figures, data.Plan.RosteredHours, options.Value.StaffHourlyCost));
        return new WeeklyContent(tables, [WeeklyReportText.Peaks(t, PeakHours.Compare(data.Traffic, peaks)), WeeklyReportText.Training(t, data.Figures.Training)]);
    }

    // One chart by its name (see ChartNames), or null for a name it does not know.
    public RenderedChart? Chart(Texts t, WeekData data, string name, ChartFormat format)
    {
        ArgumentNullException.ThrowIfNull(data);
        var figures = data.Figures;
        var days = Enumerable.Range(0, 7).Select(i => data.Week.Start.AddDays(i)).ToList();
        var dayNames = days.Select(d => t.Culture.DateTimeFormat.GetAbbreviatedDayName(d.DayOfWeek)).ToList();
        var weeks = figures.Trend.Select(w => w.Week.Code[5..]).ToList();
        ChartSeries Series(string label, Func<WeekFigures, double?> value) => new(label, [.. figures.Trend.Select(value)]);
        switch (name)
        {
            case "traffic":
                var cells = new double[7, 24];
                for (var d = 0; d < 7; d++)
                {
                    for (var h = 0; h < 24; h++)
                    {
                        cells[d, h] = data.Traffic.At(days[d].DayOfWeek, h).Interactions;
                    }
                }
                var hoursOfDay = Enumerable.Range(0, 24).Select(h => h.ToString("D2", CultureInfo.InvariantCulture)).ToList();
                return charts.Heatmap(t["reports.chart.traffic"], dayNames, hoursOfDay, cells, format);
            case "trend":
                return charts.Trend(t["reports.chart.trend"], weeks,
                    [Series(t["reports.weekly.row.interactions"], w => w.Activity.Interactions), Series(t["reports.weekly.row.arrived"], w => w.Activity.Arrived),
                     Series(t["reports.weekly.row.messages"], w => w.Activity.Messages), Series(t["reports.weekly.row.mailIn"], w => w.Activity.MailIn)],
                    t["reports.chart.count"], format);
            case "compliance":
                return charts.Trend(t["reports.chart.compliance"], weeks,
                    [Series(t["reports.weekly.row.callShare"], w => w.Compliance.CallShare), Series(t["reports.weekly.row.mailShare"], w => w.Compliance.MailShare),
                     Series(t.Format("reports.weekly.row.waitShare", WaitMinutes), w => w.Compliance.WaitShare)],
                    t["reports.chart.percent"], format);
            case "staffing":
                return charts.Bars(t["reports.chart.staffing"], dayNames,
                    new(t["reports.staffing.need"], [.. data.Plan.Days.Select(d => (double?)d.NeedHours)]),
                    new(t["reports.staffing.rostered"], [.. data.Plan.Days.Select(d => (double?)d.RosteredHours)]), t["reports.chart.hours"], format);
            default:
                return null;
        }
    }

    public async Task<WeeklyContent> ContentAsync(Texts t, ReportPeriod week, CancellationToken ct) => Content(t, await LoadAsync(week, ct));
}

// The weekly report's card, with its page, chart and file links signed for the reader.
public sealed class WeeklyReports(WeeklyReportContent content, WeeklyReportLinks links, SignedDownloads downloads, BuildingTime time)
{
    // The week a report is about by default: the last full week.
    public ReportPeriod LastWeek => ReportPeriod.WeekOf(time.Today).Previous;

    // account: the manager the card is for; its page and chart links open for them only.
    public async Task<AdaptiveCards.AdaptiveCard> CardAsync(Texts t, ReportPeriod week, string account, CancellationToken ct) =>
        Card(t, week, account, await content.ContentAsync(t, week, ct));

    // The card from content already made (the Monday run makes it once per language for all managers).
    public AdaptiveCards.AdaptiveCard Card(Texts t, ReportPeriod week, string account, WeeklyContent made)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(made);
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
