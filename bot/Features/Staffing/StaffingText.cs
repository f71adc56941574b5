using System.Globalization;
using FrontDesk.Bot.Features.Traffic;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Staffing;
using FrontDesk.Data;
using FrontDesk.Data.Staffing;
using FrontDesk.Data.Traffic;

namespace FrontDesk.Bot.Features.Staffing;

// Turns the roster and the staffing table into what their cards show: local days, hours, person-hours, the
// model's settings and the suggestions, in the reader's language. Staff names are escaped here for card text.
public sealed class StaffingText(BuildingTime time, StaffingRules rules, PeakRules peaks)
{
    public DateOnly Today => time.Today;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string WeekCode(DateOnly monday)
    {
        var date = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):D2}");
    }

    public static string Day(Texts t, DateOnly day) => day.ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMM", t.Culture);

    public static string Times(TimeOnly start, TimeOnly end) => $"{start:HH\\:mm}–{end:HH\\:mm}";

    public static string Number(Texts t, double value) => Math.Round(value, 1).ToString("0.#", t.Culture);

    public string WeekTitle(Texts t, string key, DateOnly monday) =>
        t.Format(key, WeekCode(monday), Day(t, monday), Day(t, monday.AddDays(6)));

    public RosterWeekView RosterWeek(Texts t, DateOnly monday, IReadOnlyList<RosterShift> shifts, string? notice)
    {
        var today = time.Today;
        var days = Enumerable.Range(0, 7).Select(monday.AddDays).Select(d => new RosterDayView(Day(t, d),
            [.. shifts.Where(s => s.Date == d).Select(s => new ShiftLineView(s.Id, s.StaffName, Times(s.Start, s.End), Number(t, s.Hours), d >= today))])).ToList();
        var totals = shifts.GroupBy(s => s.StaffName).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StaffTotalView(g.Key, Number(t, g.Sum(s => s.Hours)))).ToList();
        return new RosterWeekView(WeekTitle(t, "roster.title", monday), Iso(monday), Iso(monday.AddDays(-7)), Iso(monday.AddDays(7)), days, totals, notice);
    }

    public string ShiftNotice(Texts t, string key, RosterShift s) => t.Format(key, CardText.Escape(s.StaffName), Day(t, s.Date), Times(s.Start, s.End));

    public StaffingDayView DayView(Texts t, StaffingDay d) => new(
        t.Format("staffing.dayTitle", Day(t, d.Date)), Iso(d.Date), Iso(d.Date.AddDays(-1)), Iso(d.Date.AddDays(1)), Target(t), Handling(t),
        History(t, d), [.. d.Hours.Where(h => h.Shown).Select(h => Hour(t, h))], Summary(t, d.NeedHours, d.RosteredHours, d.ShortHours, d.UnderStaffed,
            d.SpareHours, d.OverStaffed), [.. Details(t, d)]);

    public StaffingWeekView WeekView(Texts t, StaffingWeek w) => new(
        WeekTitle(t, "staffing.weekTitle", w.Monday), Iso(w.Monday), Iso(w.Monday.AddDays(-7)), Iso(w.Monday.AddDays(7)), Target(t), Handling(t),
        t.Format("staffing.history.week", rules.HistoryWeeks, Iso(w.Monday.AddDays(-7 * rules.HistoryWeeks)), Iso(w.Monday.AddDays(-1))),
        Summary(t, w.NeedHours, w.RosteredHours, w.ShortHours, [], w.SpareHours, []),
        [.. w.Days.Select(d => new StaffingWeekDayView(Day(t, d.Date), Iso(d.Date),
            Summary(t, d.NeedHours, d.RosteredHours, d.ShortHours, d.UnderStaffed, d.SpareHours, d.OverStaffed), [.. Details(t, d)]))]);

    private string Target(Texts t) => t.Format("staffing.target", Number(t, rules.Target.Level * 100), Number(t, rules.Target.WithinSeconds),
        Number(t, rules.Target.MaxOccupancy * 100), rules.ShrinkagePercent, rules.MinimumAtPeak, TrafficText.Ranges(t, peaks.Plan));

    private string Handling(Texts t) => t.Format("staffing.handling", rules.Handling.VisitorSeconds, rules.Handling.CallSeconds, rules.Handling.MailSeconds);

    private string History(Texts t, StaffingDay d)
    {
        var weekday = t.Culture.DateTimeFormat.GetDayName(d.Date.DayOfWeek);
        if (d.HistoryDays > 0)
        {
            return t.Format("staffing.history", d.HistoryDays, weekday, Iso(d.HistoryFrom), Iso(d.HistoryTo));
        }
        return t.Format(d.Shifts.Count == 0 ? "staffing.history.closed" : "staffing.history.none", weekday, rules.HistoryWeeks);
    }

    private static StaffingHourView Hour(Texts t, StaffingHour h)
    {
        var gap = h.Under ? t.Format("staffing.gap.short", Number(t, h.Short)) : h.Over ? t.Format("staffing.gap.spare", Number(t, h.Spare)) : "✓";
        return new StaffingHourView(new HourRange(h.Hour, h.Hour + 1).StartText, Number(t, h.Arrivals.Total), h.Model.Agents, h.Need, h.RuleDecided,
            h.PlanPeak, Number(t, h.Rostered), gap, h.Under ? -1 : h.Over ? 1 : 0);
    }

    private static string Summary(Texts t, double need, double rostered, double shortHours, IReadOnlyList<HourRange> under, double spare, IReadOnlyList<HourRange> over)
    {
        var parts = new List<string> { t.Format("staffing.summary", Number(t, need), Number(t, rostered)) };
        parts.Add(shortHours > 0 ? t.Format(under.Count == 0 ? "staffing.summary.shortAll" : "staffing.summary.short", Number(t, shortHours), TrafficText.Ranges(t, under))
            : t["staffing.summary.covered"]);
        if (spare > 0)
        {
            parts.Add(t.Format(over.Count == 0 ? "staffing.summary.spareAll" : "staffing.summary.spare", Number(t, spare), TrafficText.Ranges(t, over)));
        }
        return string.Join(t.IsChinese ? "" : " ", parts);
    }

    // Which hours the plan's rule decided, then what one more shift or one moved shift would change.
    private static IEnumerable<string> Details(Texts t, StaffingDay d)
    {
        if (d.RuleHours.Count > 0)
        {
            yield return t.Format("staffing.ruleHours", TrafficText.Ranges(t, HourRange.Merge(d.RuleHours)));
        }
        if (d.AddOne is { } add)
        {
            yield return t.Format("staffing.suggest.add", Times(add.Start, add.End), Number(t, add.ShortAfter), Number(t, add.ShortBefore));
        }
        if (d.MoveOne is { Moved: { } moved } move)
        {
            yield return t.Format("staffing.suggest.move", CardText.Escape(moved.StaffName), Times(moved.Start, moved.End), Times(move.Start, move.End),
                Number(t, move.ShortAfter), Number(t, move.ShortBefore));
        }
    }
}
