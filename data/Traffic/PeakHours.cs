namespace FrontDesk.Data.Traffic;

// The plan's peak hours (9:00–11:00 and 14:00–16:00 unless configured otherwise) and what counts as a peak in the
// data: an hour whose interactions reach SharePercent of the busiest hour's.
public sealed record PeakRules(IReadOnlyList<HourRange> Plan, int SharePercent)
{
    public static PeakRules Default { get; } = new([new(9, 11), new(14, 16)], 75);

    public bool IsPlanPeak(int hour) => Plan.Any(r => r.Contains(hour));
}

// The peaks found in a period beside the plan's, and where they differ: busy hours the plan does not name, and
// planned peaks the data does not show. BusiestPerDay is the busiest hour's average interactions per day.
public sealed record PeakComparison(
    IReadOnlyList<HourRange> Measured,
    IReadOnlyList<HourRange> Plan,
    IReadOnlyList<HourRange> BusyNotPlanned,
    IReadOnlyList<HourRange> PlannedNotBusy,
    int BusiestHour,
    double BusiestPerDay,
    int SharePercent)
{
    public bool HasTraffic => Measured.Count > 0;

    public bool Agrees => HasTraffic && BusyNotPlanned.Count == 0 && PlannedNotBusy.Count == 0;
}

public static class PeakHours
{
    // Every day of the period weighs the same, so the hours are ranked by their totals: an hour is a peak when
    // its total is at least SharePercent of the busiest hour's total (and not zero).
    public static PeakComparison Compare(TrafficReport traffic, PeakRules rules)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(rules);
        var totals = Enumerable.Range(0, 24).Select(h => traffic.ByHour(h).Interactions).ToArray();
        var busiest = totals.Max();
        var busiestHour = Array.IndexOf(totals, busiest);
        var measured = busiest == 0 ? [] : Enumerable.Range(0, 24).Where(h => totals[h] * 100L >= (long)rules.SharePercent * busiest).ToList();
        var plan = rules.Plan.SelectMany(r => r.Each).ToHashSet();
        return new PeakComparison(
            HourRange.Merge(measured),
            HourRange.Merge(plan),
            HourRange.Merge(measured.Where(h => !plan.Contains(h))),
            busiest == 0 ? [] : HourRange.Merge(plan.Where(h => !measured.Contains(h))),
            busiestHour,
            traffic.DayCount == 0 ? 0 : (double)busiest / traffic.DayCount,
            rules.SharePercent);
    }
}
