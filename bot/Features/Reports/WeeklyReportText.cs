using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Reports;
using FrontDesk.Data.Staffing;
using FrontDesk.Data.Traffic;

namespace FrontDesk.Bot.Features.Reports;

// The weekly report's tables in the reader's language: one place decides what each row says, for the card, the
// page and the CSV/XLSX files alike.
public static class WeeklyReportText
{
    public static string Week(Texts t, ReportPeriod week) =>
        t.Format("reports.weekly.week", Day(t, week.Start), Day(t, week.End.AddDays(-1)), week.Code);

    public static IReadOnlyList<ReportTable> Tables(Texts t, WeeklyFigures f, int waitStandardMinutes)
    {
        ArgumentNullException.ThrowIfNull(f);
        WeekFigures[] weeks = [f.This, f.Previous, f.FourWeeksBefore];
        string[] columns = ["", $"{t["reports.weekly.column.this"]} ({f.This.Week.Code})", $"{t["reports.weekly.column.previous"]} ({f.Previous.Week.Code})",
            $"{t["reports.weekly.column.fourBefore"]} ({f.FourWeeksBefore.Week.Code})"];
        ReportRow Count(string key, Func<ActivityCounts, int> value) => new(t[$"reports.weekly.row.{key}"], [.. weeks.Select(w => Number(value(w.Activity)))]);
        ReportRow Figure(string name, Func<WeekFigures, string> value) => new(name, [.. weeks.Select(value)]);
        var activity = new ReportTable(t["reports.weekly.activity"], columns,
        [
            Count("arrived", a => a.Arrived), Count("walkIns", a => a.WalkIns), Count("expected", a => a.Expected), Count("noShows", a => a.NoShows),
            Count("escalations", a => a.Escalations), Count("messages", a => a.Messages), Count("recordedCalls", a => a.RecordedCalls),
            Count("mailIn", a => a.MailIn), Count("mailOut", a => a.MailOut), Count("feedback", a => a.FeedbackCount), Count("interactions", a => a.Interactions),
        ]);
        var compliance = new ReportTable(t["reports.weekly.compliance"], columns,
        [
            Figure(t["reports.weekly.row.callShare"], w => Percent(t, w.Compliance.CallShare)),
            Figure(t["reports.weekly.row.mailShare"], w => Percent(t, w.Compliance.MailShare)),
            Figure(t["reports.weekly.row.hostResponse"], w => Minutes(t, w.Compliance.HostResponseMedianMinutes)),
            Figure(t["reports.weekly.row.visitorWait"], w => Minutes(t, w.Compliance.VisitorWaitMedianMinutes)),
            Figure(t.Format("reports.weekly.row.waitShare", waitStandardMinutes), w => Percent(t, w.Compliance.WaitShare)),
            Figure(t["reports.weekly.row.feedbackAverage"], w => Average(t, w.Activity.FeedbackAverage)),
        ]);
        var feedback = new ReportTable(t["reports.weekly.feedback"], columns[..3],
        [
            .. f.FeedbackByCategory.Select(c => new ReportRow(t[$"feedback.category.{c.Category}"],
                [t.Format("reports.weekly.categoryLine", Average(t, c.Now.Average), c.Now.Count), t.Format("reports.weekly.categoryLine", Average(t, c.Before.Average), c.Before.Count)])),
        ]);
        return [activity, compliance, feedback];
    }

    // Per day of the week: the staff hours the Erlang C model (and the plan's two-at-peaks rule) needs, the hours
    // rostered, and the hours short and spare.
    public static ReportTable Staffing(Texts t, StaffingWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        string[] columns = ["", t["reports.staffing.need"], t["reports.staffing.rostered"], t["reports.staffing.short"], t["reports.staffing.spare"]];
        var rows = week.Days.Select(d => new ReportRow(d.Date.ToString(t.IsChinese ? "M月d日 ddd" : "ddd d MMM", t.Culture),
            [Hours(d.NeedHours), Hours(d.RosteredHours), Hours(d.ShortHours), Hours(d.SpareHours)])).ToList();
        rows.Add(new(t["reports.staffing.total"], [Hours(week.NeedHours), Hours(week.RosteredHours), Hours(week.ShortHours), Hours(week.SpareHours)]));
        return new ReportTable(t["reports.staffing.title"], columns, rows);
    }

    // R13: what the week's service cost beside what it delivered.
    public static ReportTable Cost(Texts t, WeeklyFigures f, double staffHours, decimal hourlyCost)
    {
        ArgumentNullException.ThrowIfNull(f);
        var staffCost = (decimal)staffHours * hourlyCost;
        var total = staffCost + f.Training.Cost;
        var interactions = f.This.Activity.Interactions;
        string[] columns = ["", t["reports.weekly.column.this"]];
        return new ReportTable(t["reports.cost.title"], columns,
        [
            new(t["reports.cost.staffHours"], [Hours(staffHours)]),
            new(t["reports.cost.staff"], [hourlyCost == 0 ? t["reports.cost.notSet"] : Money(staffCost)]),
            new(t["reports.cost.training"], [Money(f.Training.Cost)]),
            new(t["reports.cost.perInteraction"], [hourlyCost == 0 || interactions == 0 ? t["reports.weekly.none"] : Money(Math.Round(total / interactions, 2))]),
            new(t["reports.weekly.row.callShare"], [Percent(t, f.This.Compliance.CallShare)]),
            new(t["reports.weekly.row.mailShare"], [Percent(t, f.This.Compliance.MailShare)]),
            new(t["reports.weekly.row.feedbackAverage"], [Average(t, f.This.Activity.FeedbackAverage)]),
        ]);
    }

    public static string Peaks(Texts t, PeakComparison peaks)
    {
        ArgumentNullException.ThrowIfNull(peaks);
        var plan = string.Join(", ", peaks.Plan.Select(r => r.ToString()));
        if (!peaks.HasTraffic)
        {
            return t.Format("reports.peaks.none", plan);
        }
        var measured = string.Join(", ", peaks.Measured.Select(r => r.ToString()));
        return peaks.Agrees ? t.Format("reports.peaks.agree", measured) : t.Format("reports.peaks.differ", measured, plan);
    }

    public static string Training(Texts t, TrainingFigures g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return t.Format("reports.weekly.training", g.Sessions, g.SignedUp, g.Attended, Money(g.Cost), g.StaffTrainedThisQuarter, g.ActiveStaff, Money(g.QuarterCost));
    }

    public static string Money(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Hours(double hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Percent(Texts t, double? share) =>
        share is { } s ? t.Format("reports.weekly.percent", Math.Round(s, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)) : t["reports.weekly.none"];

    private static string Minutes(Texts t, double? minutes) =>
        minutes is { } m ? t.Format("reports.weekly.minutes", m.ToString("0.#", CultureInfo.InvariantCulture)) : t["reports.weekly.none"];

    private static string Average(Texts t, double? average) => average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : t["reports.weekly.none"];

    private static string Day(Texts t, DateOnly day) => day.ToString(t.IsChinese ? "M月d日" : "d MMM", t.Culture);
}
