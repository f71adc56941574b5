using FrontDesk.Data.Traffic;

namespace FrontDesk.Data.Staffing;

// How long the desk spends on one interaction of each kind, in seconds. Configured: none of the desk's records
// holds a duration (the phone export gives the ring time only; a visit and a mail item give moments, not lengths).
public sealed record HandlingTimes(int VisitorSeconds, int CallSeconds, int MailSeconds)
{
    public static HandlingTimes Default { get; } = new(120, 180, 60);
}

// The staffing model's settings: the service target, shrinkage, the plan's minimum at its peaks, how many weeks of
// traffic the arrival rates average, handling times, and the length of a shift the suggestion adds.
public sealed record StaffingRules(ServiceTarget Target, decimal ShrinkagePercent, int MinimumAtPeak, int HistoryWeeks, HandlingTimes Handling, int ShiftHours)
{
    public static StaffingRules Default { get; } = new(ServiceTarget.Default, 30, 2, 4, HandlingTimes.Default, 8);
}

// Arrivals per hour by kind, averaged over the history's days of that weekday (mail: logged and handed over).
public readonly record struct ArrivalRates(double Visitors, double Calls, double Mail)
{
    public double Total => Visitors + Calls + Mail;

    public static ArrivalRates Of(TrafficCounts counts, int days) => days == 0
        ? default
        : new((double)counts.Visitors / days, (double)counts.Calls / days, (double)counts.Mail / days);

    // The work they bring, in erlangs, and the average handling time of the mix.
    public double Load(HandlingTimes h) => ((Visitors * h.VisitorSeconds) + (Calls * h.CallSeconds) + (Mail * h.MailSeconds)) / 3600;

    public double HandleSeconds(HandlingTimes h) => Total == 0 ? 0 : Load(h) * 3600 / Total;
}
