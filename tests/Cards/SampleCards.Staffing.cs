using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Staffing;

namespace FrontDesk.Tests.Cards;

// Staffing: the roster week (with a name that looks like a link), the shift card empty and with errors, the import's
// instructions and outcomes, the staffing table of a day and of a week.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Staffing(Texts t)
    {
        string Day(int d) => new DateOnly(2026, 11, 29).AddDays(d).ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMM", t.Culture);
        var days = Enumerable.Range(1, 7).Select(d => new RosterDayView(Day(d), d switch
        {
            1 => [new ShiftLineView(11, "Li Na", "08:00–16:00", "8", Removable: false), new ShiftLineView(12, "Zhou [Min](http://evil.example)", "12:00–20:00", "8", Removable: false)],
            2 => [new ShiftLineView(13, "Li Na", "08:00–16:30", "8.5", Removable: true)],
            _ => [],
        })).ToList();
        var week = new RosterWeekView(t.Format("roster.title", "2026-W49", Day(1), Day(7)), "2026-11-30", "2026-11-23", "2026-12-07", days,
            [new("Li Na", "16.5"), new("Zhou [Min](http://evil.example)", "8")], null);
        yield return ("RosterCards.Week", RosterCards.Week(t, week));
        yield return ("RosterCards.Week.notice", RosterCards.Week(t, week with { Notice = t.Format("roster.added", "Li Na", Day(2), "08:00–16:30") }));
        yield return ("RosterCards.ImportHelp", RosterCards.ImportHelp(t));
        yield return ("RosterCards.Imported", RosterCards.Imported(t, "roster-december.csv", [t.Format("roster.import.done", "2026-12", 42, 3, 5), t.Format("roster.import.past", 2)], "2026-11-30"));
        yield return ("RosterCards.Imported.failed", RosterCards.Imported(t, "roster-december.csv",
            [t.Format("roster.import.failed", 2), t.Format("roster.import.error.unknownStaff", 3, t["roster.column.email"], "nobody@building.example", null),
             t.Format("roster.import.error.overlap", 7, null, null, 2)], null));

        StaffChoice[] staff = [new("1", "Li Na"), new("2", "Zhou [Min](http://evil.example)")];
        yield return ("ShiftFormCard.Build", ShiftFormCard.Build(t, new FormValues { [ShiftFormCard.DateField] = "2026-12-01" }, staff, "4c1d", "2026-11-30"));
        var bad = new FormValues { [ShiftFormCard.StaffField] = "1", [ShiftFormCard.DateField] = "2026-12-01", [ShiftFormCard.StartField] = "16:00", [ShiftFormCard.EndField] = "08:00" };
        bad.AddError(ShiftFormCard.EndField, t["roster.form.endBeforeStart"]);
        bad.AddError(ShiftFormCard.StartField, t.Format("roster.form.overlaps", "Li Na", "08:00–16:00"));
        yield return ("ShiftFormCard.Build.withErrors", ShiftFormCard.Build(t, bad, staff, "4c1d", "2026-11-30"));

        var target = t.Format("staffing.target", 80, 20, 85, 30, 2, t.IsChinese ? "09:00–11:00、14:00–16:00" : "09:00–11:00, 14:00–16:00");
        var handling = t.Format("staffing.handling", 120, 180, 60);
        StaffingHourView[] hours =
        [
            new("08:00", "0", 0, 0, false, false, "1", t.Format("staffing.gap.spare", 1), 1),
            new("09:00", "30", 3, 5, false, true, "2", t.Format("staffing.gap.short", 3), -1),
            new("14:00", "6", 1, 2, false, true, "1.5", t.Format("staffing.gap.short", 0.5), -1),
            new("15:00", "0", 0, 2, true, true, "2", "✓", 0),
        ];
        string[] suggestions =
        [
            t.Format("staffing.ruleHours", "15:00–16:00"),
            t.Format("staffing.suggest.add", "08:00–16:00", 2, 4.5),
            t.Format("staffing.suggest.move", "Zhou \\[Min\\](http://evil.example)", "14:30–18:00", "09:00–12:30", 4, 4.5),
        ];
        var summary = t.Format("staffing.summary", 14, 15.5) + " " + t.Format("staffing.summary.short", 4.5, "09:00–11:00");
        yield return ("StaffingCards.Day", StaffingCards.Day(t, new StaffingDayView(t.Format("staffing.dayTitle", Day(2)), "2026-12-01", "2026-11-30", "2026-12-02",
            target, handling, t.Format("staffing.history", 2, t.Culture.DateTimeFormat.GetDayName(DayOfWeek.Tuesday), "2026-11-03", "2026-11-30"), hours, summary, suggestions)));
        yield return ("StaffingCards.Day.closed", StaffingCards.Day(t, new StaffingDayView(t.Format("staffing.dayTitle", Day(6)), "2026-12-05", "2026-12-04", "2026-12-06",
            target, handling, t.Format("staffing.history.closed", t.Culture.DateTimeFormat.GetDayName(DayOfWeek.Saturday), 4), [],
            t.Format("staffing.summary", 0, 0) + " " + t["staffing.summary.covered"], [])));
        yield return ("StaffingCards.Week", StaffingCards.Week(t, new StaffingWeekView(t.Format("staffing.weekTitle", "2026-W49", Day(1), Day(7)), "2026-11-30", "2026-11-23",
            "2026-12-07", target, handling, t.Format("staffing.history.week", 4, "2026-11-02", "2026-11-29"), t.Format("staffing.summary", 40, 38) + " " + t.Format("staffing.summary.shortAll", 4.5),
            [.. Enumerable.Range(1, 7).Select(d => new StaffingWeekDayView(Day(d), $"2026-{(d == 1 ? "11-30" : $"12-0{d - 1}")}", d == 2 ? summary : t.Format("staffing.summary", 0, 0) + " " + t["staffing.summary.covered"],
                d == 2 ? suggestions : []))])));
    }
}
