using FrontDesk.Data.Traffic;

namespace FrontDesk.Data.Staffing;

// One building-local hour of a day's staffing: the measured arrivals, the Erlang C need at the desk (Model.Agents)
// and on the roster after shrinkage (Scheduled), the need the roster is held to (Need: Scheduled, or the plan's
// minimum in its peak hours when that is more: RuleDecided), and the people rostered (fractions for part hours).
public sealed record StaffingHour(
    int Hour,
    ArrivalRates Arrivals,
    double HandleSeconds,
    ErlangFigures Model,
    int Scheduled,
    int Need,
    bool PlanPeak,
    bool RuleDecided,
    double Rostered)
{
    private const double Tolerance = 1e-9;

    public bool Under => Rostered < Need - Tolerance;

    public bool Over => Rostered > Need + Tolerance;

    public double Short => Math.Max(0, Need - Rostered);

    public double Spare => Math.Max(0, Rostered - Need);

    // Worth a line in a table: something is needed or someone is there.
    public bool Shown => Need > 0 || Rostered > Tolerance;
}

// What adding one shift (Moved null) or moving one of the day's shifts to Start–End would change: the person-hours
// short before and after, and the hours it would leave with more people than needed.
public sealed record ShiftChange(RosterShift? Moved, TimeOnly Start, TimeOnly End, double ShortBefore, double ShortAfter, int SpareHoursAfter);

// A day's staffing table: its 24 hours (Shown tells the ones to list), the shifts behind Rostered, the days of
// traffic the rates average (HistoryDays of that weekday between HistoryFrom and HistoryTo; 0 and nobody rostered
// means the desk is taken as closed), and the suggestions when some hour is short.
public sealed record StaffingDay(
    DateOnly Date,
    DateOnly HistoryFrom,
    DateOnly HistoryTo,
    int HistoryDays,
    IReadOnlyList<StaffingHour> Hours,
    IReadOnlyList<RosterShift> Shifts,
    ShiftChange? AddOne,
    ShiftChange? MoveOne)
{
    public double NeedHours => Hours.Sum(h => h.Need);

    public double RosteredHours => Hours.Sum(h => h.Rostered);

    public double ShortHours => Hours.Sum(h => h.Short);

    public double SpareHours => Hours.Sum(h => h.Spare);

    public IReadOnlyList<HourRange> UnderStaffed => HourRange.Merge(Hours.Where(h => h.Under).Select(h => h.Hour));

    public IReadOnlyList<HourRange> OverStaffed => HourRange.Merge(Hours.Where(h => h.Over).Select(h => h.Hour));

    public IReadOnlyList<int> RuleHours => [.. Hours.Where(h => h.RuleDecided).Select(h => h.Hour)];
}

// Monday to Sunday.
public sealed record StaffingWeek(DateOnly Monday, IReadOnlyList<StaffingDay> Days)
{
    public double NeedHours => Days.Sum(d => d.NeedHours);

    public double RosteredHours => Days.Sum(d => d.RosteredHours);

    public double ShortHours => Days.Sum(d => d.ShortHours);

    public double SpareHours => Days.Sum(d => d.SpareHours);
}
