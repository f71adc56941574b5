namespace FrontDesk.Data.Traffic;

// A period's desk traffic by building-local weekday and hour of day, and day by day. On the night clocks go back
// the repeated hour's counts are added into that hour; the hour skipped in spring has none.
public sealed class TrafficReport
{
    private readonly TrafficCounts[] _cells;

    internal TrafficReport(DateOnly from, DateOnly to, IReadOnlyList<TrafficDay> days, TrafficCounts[] cells)
    {
        From = from;
        To = to;
        Days = days;
        _cells = cells;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    // Every date of the period in order, with nothing recorded as zero counts.
    public IReadOnlyList<TrafficDay> Days { get; }

    public int DayCount => Days.Count;

    public TrafficCounts At(DayOfWeek day, int hour) => _cells[Cell(day, hour)];

    public TrafficCounts ByHour(int hour) => Sum(Enum.GetValues<DayOfWeek>().Select(d => At(d, hour)));

    public TrafficCounts ByWeekday(DayOfWeek day) => Sum(Enumerable.Range(0, 24).Select(h => At(day, h)));

    public TrafficCounts Total => Sum(Days.Select(d => d.Counts));

    // How many of the period's dates fall on that weekday, and on how many of them the desk recorded anything.
    public int CalendarDays(DayOfWeek day) => Days.Count(d => d.Date.DayOfWeek == day);

    public int ActiveDays(DayOfWeek day) => Days.Count(d => d.Date.DayOfWeek == day && d.Counts.Interactions > 0);

    // Days whose calls are the phone system's inbound records; on the others they are the phone messages logged.
    public int CallRecordDays => Days.Count(d => d.CallsFromRecords);

    internal static int Cell(DayOfWeek day, int hour) => ((int)day * 24) + hour;

    private static TrafficCounts Sum(IEnumerable<TrafficCounts> counts) => counts.Aggregate(default(TrafficCounts), (a, b) => a + b);
}
