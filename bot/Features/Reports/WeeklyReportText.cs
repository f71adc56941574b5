using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Reports;

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

    public static string Training(Texts t, TrainingFigures g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return t.Format("reports.weekly.training", g.Sessions, g.SignedUp, g.Attended, Money(g.Cost), g.StaffTrainedThisQuarter, g.ActiveStaff, Money(g.QuarterCost));
    }

    public static string Money(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(Texts t, double? share) =>
        share is { } s ? t.Format("reports.weekly.percent", Math.Round(s, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)) : t["reports.weekly.none"];

    private static string Minutes(Texts t, double? minutes) =>
        minutes is { } m ? t.Format("reports.weekly.minutes", m.ToString("0.#", CultureInfo.InvariantCulture)) : t["reports.weekly.none"];

    private static string Average(Texts t, double? average) => average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : t["reports.weekly.none"];

    private static string Day(Texts t, DateOnly day) => day.ToString(t.IsChinese ? "M月d日" : "d MMM", t.Culture);
}
