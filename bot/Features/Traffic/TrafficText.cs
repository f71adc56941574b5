using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Traffic;
using FrontDesk.Data;
using FrontDesk.Data.Traffic;

namespace FrontDesk.Bot.Features.Traffic;

// Turns a period's counts and peaks into what the traffic card shows, in the reader's language.
public sealed class TrafficText(BuildingTime time, PeakRules rules)
{
    public const int DefaultDays = 28;

    // Monday first, as the building's week is read.
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public DateOnly Today => time.Today;

    public TrafficView View(Texts t, TrafficReport report)
    {
        var peaks = PeakHours.Compare(report, rules);
        var measured = peaks.Measured.SelectMany(r => r.Each).ToHashSet();
        var hours = Enumerable.Range(0, 24).Where(h => report.ByHour(h).Interactions > 0 || rules.IsPlanPeak(h))
            .Select(h => Hour(t, new HourRange(h, h + 1).StartText, report.ByHour(h), report.DayCount, measured.Contains(h), rules.IsPlanPeak(h))).ToList();
        return new TrafficView(
            Days(report.From, report.To), report.DayCount, hours, Hour(t, "", report.Total, report.DayCount, false, false),
            [.. Week.Select(d => new TrafficWeekdayView(t.Culture.DateTimeFormat.GetDayName(d), report.ByWeekday(d).Interactions, report.CalendarDays(d),
                PerDay(t, report.ByWeekday(d).Interactions, report.CalendarDays(d))))],
            peaks.HasTraffic ? Peaks(t, peaks, report.DayCount) : null,
            Ranges(t, rules.Plan), report.CallRecordDays, Periods(t));
    }

    public static string Days(DateOnly from, DateOnly to) =>
        from == to ? Day(from) : $"{Day(from)} – {Day(to)}";

    public static string Ranges(Texts t, IEnumerable<HourRange> ranges) => string.Join(t.IsChinese ? "、" : ", ", ranges.Select(r => r.ToString()));

    private static PeakView Peaks(Texts t, PeakComparison p, int days) => new(
        Ranges(t, p.Measured), Ranges(t, p.Plan),
        p.BusyNotPlanned.Count == 0 ? null : Ranges(t, p.BusyNotPlanned),
        p.PlannedNotBusy.Count == 0 ? null : Ranges(t, p.PlannedNotBusy),
        new HourRange(p.BusiestHour, p.BusiestHour + 1).ToString(), Decimal(t, p.BusiestPerDay), p.SharePercent);

    private static TrafficHourView Hour(Texts t, string label, TrafficCounts c, int days, bool peak, bool plan) =>
        new(label, c.Visitors, c.Calls, c.MailLogged, c.MailHandedOver, PerDay(t, c.Interactions, days), peak, plan);

    private IReadOnlyList<TrafficPeriodView> Periods(Texts t)
    {
        var today = time.Today;
        return [.. new[] { 7, DefaultDays, 84 }.Select(n => new TrafficPeriodView(t.Format("traffic.lastDays", n), Day(today.AddDays(1 - n)), Day(today)))];
    }

    private static string PerDay(Texts t, int count, int days) => days == 0 ? "0" : Decimal(t, (double)count / days);

    private static string Decimal(Texts t, double value) => value.ToString("0.#", t.Culture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
