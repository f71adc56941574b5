using AdaptiveCards;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Traffic;

namespace FrontDesk.Tests.Cards;

// Traffic: a period with peaks that differ from the plan's, one that agrees, and one with nothing recorded.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Traffic(Texts t)
    {
        TrafficPeriodView[] periods = [new(t.Format("traffic.lastDays", 7), "2026-11-25", "2026-12-01"), new(t.Format("traffic.lastDays", 28), "2026-11-04", "2026-12-01")];
        TrafficHourView[] hours =
        [
            new("09:00", 40, 35, 12, 3, "3.2", Peak: true, PlanPeak: true),
            new("10:00", 22, 20, 6, 4, "1.9", Peak: false, PlanPeak: true),
            new("12:00", 38, 30, 2, 20, "3.1", Peak: true, PlanPeak: false),
            new("14:00", 5, 6, 1, 2, "0.5", Peak: false, PlanPeak: true),
        ];
        TrafficWeekdayView[] weekdays = [.. Enumerable.Range(1, 7).Select(d => new TrafficWeekdayView(t.Culture.DateTimeFormat.GetDayName((DayOfWeek)(d % 7)), d * 10, 4, (d * 2.5).ToString("0.#", t.Culture)))];
        var plan = t.IsChinese ? "09:00–11:00、14:00–16:00" : "09:00–11:00, 14:00–16:00";
        var differs = new PeakView(t.IsChinese ? "09:00–10:00、12:00–13:00" : "09:00–10:00, 12:00–13:00", plan, "12:00–13:00",
            t.IsChinese ? "10:00–11:00、14:00–16:00" : "10:00–11:00, 14:00–16:00", "09:00–10:00", "3.2", 75);
        yield return ("TrafficCard.Build", TrafficCard.Build(t, new TrafficView("2026-11-04 – 2026-12-01", 28, hours, new("", 105, 91, 21, 29, "8.7", false, false),
            weekdays, differs, plan, 20, periods)));
        yield return ("TrafficCard.Build.agrees", TrafficCard.Build(t, new TrafficView("2026-11-25 – 2026-12-01", 7, hours[..2], new("", 62, 55, 18, 7, "20.3", false, false),
            weekdays, differs with { Measured = plan, BusyNotPlanned = null, PlannedNotBusy = null }, plan, 7, periods)));
        yield return ("TrafficCard.Build.none", TrafficCard.Build(t, new TrafficView("2026-12-01", 1, [], new("", 0, 0, 0, 0, "0", false, false), weekdays, null, plan, 0, periods)));
    }
}
