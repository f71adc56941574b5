namespace FrontDesk.Cards.Traffic;

// One hour of day over the period: totals by kind, the average interactions per day, and whether it is a peak in
// the data and in the plan.
public sealed record TrafficHourView(string Hour, int Visitors, int Calls, int MailLogged, int MailHandedOver, string PerDay, bool Peak, bool PlanPeak);

public sealed record TrafficWeekdayView(string Day, int Interactions, int Days, string PerDay);

// A button's period: its title and its first and last day (yyyy-MM-dd).
public sealed record TrafficPeriodView(string Title, string From, string To);

// The peaks found in the data beside the plan's; ranges already written out ("09:00–11:00, 14:00–16:00").
public sealed record PeakView(string Measured, string Plan, string? BusyNotPlanned, string? PlannedNotBusy, string Busiest, string BusiestPerDay, int SharePercent);

// A period's desk traffic. Peaks is null when nothing was recorded. CallRecordDays: days whose calls come from the
// phone system's records (the others count the phone messages logged).
public sealed record TrafficView(
    string Days,
    int DayCount,
    IReadOnlyList<TrafficHourView> Hours,
    TrafficHourView Total,
    IReadOnlyList<TrafficWeekdayView> Weekdays,
    PeakView? Peaks,
    string PlanPeaks,
    int CallRecordDays,
    IReadOnlyList<TrafficPeriodView> Periods);
