using FrontDesk.Data.Providers;

namespace FrontDesk.Data.Traffic;

// Places UTC quarter-hour counts in the building's local days and hours, then sums them by weekday and hour.
internal sealed class TrafficTally(TimeZoneInfo zone, DatabaseDialect dialect)
{
    private readonly Dictionary<(DateOnly Date, int Hour), TrafficCounts> _hours = [];
    private readonly HashSet<DateOnly> _callRecordDays = [];

    public void Add(IEnumerable<HourBucket> buckets, Func<TrafficCounts, int, TrafficCounts> add)
    {
        foreach (var b in buckets)
        {
            var key = Local(b.Bucket);
            _hours[key] = add(_hours.GetValueOrDefault(key), (int)b.Count);
        }
    }

    // A day with any call record counts the phone system's inbound calls; the others count the messages logged.
    public void AddCalls(IEnumerable<HourBucket> messages, IReadOnlyCollection<CallBucket> records)
    {
        foreach (var r in records)
        {
            _callRecordDays.Add(Local(r.Bucket).Date);
        }
        Add(messages.Where(m => !_callRecordDays.Contains(Local(m.Bucket).Date)), (c, n) => c with { Calls = c.Calls + n });
        Add(records.Select(r => new HourBucket { Bucket = r.Bucket, Count = r.Inbound }), (c, n) => c with { Calls = c.Calls + n });
    }

    public TrafficReport Report(DateOnly from, DateOnly to)
    {
        var cells = new TrafficCounts[7 * 24];
        var totals = new Dictionary<DateOnly, TrafficCounts>();
        foreach (var ((date, hour), counts) in _hours)
        {
            cells[TrafficReport.Cell(date.DayOfWeek, hour)] += counts;
            totals[date] = totals.GetValueOrDefault(date) + counts;
        }
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
            .Select(d => new TrafficDay(d, totals.GetValueOrDefault(d), _callRecordDays.Contains(d))).ToList();
        return new TrafficReport(from, to, days, cells);
    }

    private (DateOnly Date, int Hour) Local(long bucket)
    {
        var local = TimeZoneInfo.ConvertTime(dialect.QuarterHourStart(bucket), zone);
        return (DateOnly.FromDateTime(local.DateTime), local.Hour);
    }
}
