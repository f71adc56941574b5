using FrontDesk.Data;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Traffic;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Traffic;

public sealed class TrafficCountTests : IDisposable
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private DeskTraffic Traffic(string zone = "Asia/Shanghai") => new(_db, new BuildingTime(TimeZoneInfo.FindSystemTimeZoneById(zone), _db.Clock));

    private static DateTimeOffset Local(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Shanghai);

    // The week of Monday 2 Nov 2026 in Shanghai (UTC+8, no daylight saving), seeded by hand:
    //   Mon 2 Nov  09:10 09:40 visitors, 09:20 a phone message, 09:30 mail logged → 9:00 has 2 + 1 + 1 = 4
    //              10:05 visitor, 10:20 mail logged                                → 10:00 has 2
    //              11:05 a phone message                                           → 11:00 has 1
    //              14:30 visitor; the 09:30 item picked up at 14:10                → 14:00 has 2
    //   Tue 3 Nov  09:15 visitor; the 10:20 item delivered 09:05; call records: inbound 09:05 answered and 09:50
    //              missed, outbound 10:00 and internal 10:10 (not counted). Tuesday has call records, so its calls
    //              are those 2 inbound ones and its phone messages (09:30, 09:45) are not counted again → 9:00 has 4
    //              14:45 mail logged (still open)                                  → 14:00 has 1
    //   Outside the week: a visitor on Sun 1 Nov 23:50 and on Mon 9 Nov 00:10; an invitation that never arrived.
    // Totals: visitors 5, calls 4, mail logged 3, handed over 2 = 14. By hour: 9:00 8, 10:00 2, 11:00 1, 14:00 3.
    private Task SeedWeekAsync() => DeskRecords.WriteAsync(_db, r =>
    {
        r.Visit(Local(11, 2, 9, 10));
        r.Visit(Local(11, 2, 9, 40));
        r.Visit(Local(11, 2, 10, 5));
        r.Visit(Local(11, 2, 14, 30));
        r.Visit(Local(11, 3, 9, 15));
        r.Visit(Local(11, 1, 23, 50));
        r.Visit(Local(11, 9, 0, 10));
        r.Expected(Local(11, 4, 10, 0));
        r.Message(Local(11, 2, 9, 20));
        r.Message(Local(11, 2, 11, 5));
        r.Message(Local(11, 3, 9, 30));
        r.Message(Local(11, 3, 9, 45));
        r.Call(Local(11, 3, 9, 5));
        r.Call(Local(11, 3, 9, 50), answered: false);
        r.Call(Local(11, 3, 10, 0), CallDirection.Outbound);
        r.Call(Local(11, 3, 10, 10), CallDirection.Internal);
        r.Mail(Local(11, 2, 9, 30), Local(11, 2, 14, 10));
        r.Mail(Local(11, 2, 10, 20), Local(11, 3, 9, 5), MailStatus.Delivered);
        r.Mail(Local(11, 3, 14, 45));
    });

    [Fact]
    public async Task A_week_is_counted_per_local_weekday_and_hour_with_call_records_taking_the_place_of_messages_on_their_days()
    {
        await SeedWeekAsync();

        var week = await Traffic().CountAsync(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8));

        Assert.Equal(new TrafficCounts(2, 1, 1, 0), week.At(DayOfWeek.Monday, 9));
        Assert.Equal(new TrafficCounts(1, 0, 1, 0), week.At(DayOfWeek.Monday, 10));
        Assert.Equal(new TrafficCounts(0, 1, 0, 0), week.At(DayOfWeek.Monday, 11));
        Assert.Equal(new TrafficCounts(1, 0, 0, 1), week.At(DayOfWeek.Monday, 14));
        Assert.Equal(new TrafficCounts(1, 2, 0, 1), week.At(DayOfWeek.Tuesday, 9));
        Assert.Equal(default, week.At(DayOfWeek.Tuesday, 10));
        Assert.Equal(new TrafficCounts(0, 0, 1, 0), week.At(DayOfWeek.Tuesday, 14));
        Assert.Equal(new TrafficCounts(5, 4, 3, 2), week.Total);
        Assert.Equal(14, week.Total.Interactions);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 2, 1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], Enumerable.Range(0, 24).Select(h => week.ByHour(h).Interactions));
        Assert.Equal(9, week.ByWeekday(DayOfWeek.Monday).Interactions);
        Assert.Equal(5, week.ByWeekday(DayOfWeek.Tuesday).Interactions);

        Assert.Equal(7, week.DayCount);
        Assert.Equal([9, 5, 0, 0, 0, 0, 0], week.Days.Select(d => d.Counts.Interactions));
        Assert.Equal([false, true, false, false, false, false, false], week.Days.Select(d => d.CallsFromRecords));
        Assert.Equal(1, week.CallRecordDays);
        Assert.Equal((1, 1), (week.CalendarDays(DayOfWeek.Monday), week.ActiveDays(DayOfWeek.Monday)));
        Assert.Equal((1, 0), (week.CalendarDays(DayOfWeek.Wednesday), week.ActiveDays(DayOfWeek.Wednesday)));
    }

    [Fact]
    public async Task Peak_hours_are_the_hours_with_a_set_share_of_the_busiest_and_are_compared_with_the_plan()
    {
        await SeedWeekAsync();
        var week = await Traffic().CountAsync(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8));

        // 75% of the busiest hour (9:00, 8 interactions) is 6: only 9:00 reaches it. The plan's 10:00 and 14:00–16:00 are not busy.
        var peaks = PeakHours.Compare(week, PeakRules.Default);
        Assert.Equal([new HourRange(9, 10)], peaks.Measured);
        Assert.Equal([new HourRange(9, 11), new HourRange(14, 16)], peaks.Plan);
        Assert.Empty(peaks.BusyNotPlanned);
        Assert.Equal([new HourRange(10, 11), new HourRange(14, 16)], peaks.PlannedNotBusy);
        Assert.Equal(9, peaks.BusiestHour);
        Assert.Equal(8.0 / 7, peaks.BusiestPerDay, 12);
        Assert.False(peaks.Agrees);

        // At 25% (2 of 8) 9:00, 10:00 and 14:00 are peaks; with a plan of 9–11 and 13–15, 13:00 is planned but quiet.
        var wide = PeakHours.Compare(week, new PeakRules([new(9, 11), new(13, 15)], 25));
        Assert.Equal([new HourRange(9, 11), new HourRange(14, 15)], wide.Measured);
        Assert.Empty(wide.BusyNotPlanned);
        Assert.Equal([new HourRange(13, 14)], wide.PlannedNotBusy);

        // A plan of only 9–10 leaves 10:00 and 14:00 busy but not planned.
        var narrow = PeakHours.Compare(week, new PeakRules([new(9, 10)], 25));
        Assert.Equal([new HourRange(10, 11), new HourRange(14, 15)], narrow.BusyNotPlanned);
        Assert.Empty(narrow.PlannedNotBusy);

        var empty = PeakHours.Compare(await Traffic().CountAsync(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7)), PeakRules.Default);
        Assert.False(empty.HasTraffic);
        Assert.Empty(empty.Measured);
        Assert.Empty(empty.PlannedNotBusy);
    }

    // Berlin leaves summer time at 03:00 CEST on Sunday 25 Oct 2026 (02:00–03:00 comes twice: 00:00–01:00 UTC as CEST,
    // 01:00–02:00 UTC as CET), so that local day runs from 24 Oct 22:00 UTC to 25 Oct 23:00 UTC, 25 hours. It enters
    // summer time at 02:00 CET on Sunday 29 Mar 2026 (01:00 UTC becomes 03:00 CEST): that day has no 2:00.
    [Fact]
    public async Task Across_a_daylight_saving_change_each_arrival_is_counted_in_the_local_hour_it_happened()
    {
        static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);
        await DeskRecords.WriteAsync(_db, r =>
        {
            r.Visit(Utc(10, 24, 21, 30)); // Sat 23:30 CEST: the day before
            r.Visit(Utc(10, 24, 22, 30)); // Sun 00:30 CEST → 0:00
            r.Visit(Utc(10, 25, 0, 30));  // Sun 02:30 CEST → 2:00
            r.Visit(Utc(10, 25, 1, 30));  // Sun 02:30 CET, the second 2:00 → 2:00
            r.Visit(Utc(10, 25, 2, 30));  // Sun 03:30 CET → 3:00
            r.Visit(Utc(10, 25, 22, 30)); // Sun 23:30 CET → 23:00
            r.Visit(Utc(10, 25, 23, 30)); // Mon 00:30 CET: the day after
            r.Visit(Utc(3, 29, 0, 30));   // Sun 01:30 CET → 1:00
            r.Visit(Utc(3, 29, 1, 30));   // Sun 03:30 CEST → 3:00
        });
        var traffic = Traffic("Europe/Berlin");

        var autumn = await traffic.CountAsync(new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25));
        Assert.Equal(new Dictionary<int, int> { [0] = 1, [2] = 2, [3] = 1, [23] = 1 },
            Enumerable.Range(0, 24).Where(h => autumn.ByHour(h).Visitors > 0).ToDictionary(h => h, h => autumn.ByHour(h).Visitors));
        Assert.Equal(5, autumn.Total.Visitors);
        Assert.Equal(5, autumn.At(DayOfWeek.Sunday, 0).Visitors + autumn.At(DayOfWeek.Sunday, 2).Visitors + autumn.At(DayOfWeek.Sunday, 3).Visitors + autumn.At(DayOfWeek.Sunday, 23).Visitors);

        var spring = await traffic.CountAsync(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29));
        Assert.Equal([0, 1, 0, 1], Enumerable.Range(0, 4).Select(h => spring.ByHour(h).Visitors));
    }

    // Kolkata is UTC+5:30: 03:15 UTC is 08:45 and 03:45 UTC is 09:15, the same UTC hour but two local hours. The
    // counts group by UTC quarter hour, so each lands in its own.
    [Fact]
    public async Task In_a_zone_half_an_hour_off_UTC_two_arrivals_of_one_UTC_hour_fall_in_their_own_local_hours()
    {
        await DeskRecords.WriteAsync(_db, r =>
        {
            r.Visit(new DateTimeOffset(2026, 11, 2, 3, 15, 0, TimeSpan.Zero));
            r.Visit(new DateTimeOffset(2026, 11, 2, 3, 45, 0, TimeSpan.Zero));
        });

        var day = await Traffic("Asia/Kolkata").CountAsync(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2));

        Assert.Equal((1, 1), (day.ByHour(8).Visitors, day.ByHour(9).Visitors));
    }

    // The stored number is ticks / 1000 shifted past 11 offset bits: dividing it by the quarter hour's step gives the
    // quarter hours since year 1, whose start the converter turns back into the time.
    [SqliteFact]
    public async Task A_stored_time_divided_by_the_bucket_size_is_its_UTC_quarter_hour()
    {
        var arrived = new DateTimeOffset(2026, 11, 2, 1, 10, 42, TimeSpan.Zero);
        await DeskRecords.WriteAsync(_db, r => r.Visit(arrived));
        await using var db = _db.CreateDbContext();

        var stored = await db.Database.SqlQueryRaw<long>("SELECT \"ArrivedAt\" AS \"Value\" FROM \"Visits\"").SingleAsync();

        Assert.Equal(StoredTime.Stored(arrived), stored);
        Assert.Equal(arrived.UtcTicks / TimeSpan.FromMinutes(15).Ticks, stored / StoredTime.BucketSize);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero), StoredTime.BucketStart(stored / StoredTime.BucketSize));
    }

    // Never all rows: every count reads only its covering index, over the period's range.
    [SqliteFact]
    public async Task Every_count_reads_a_covering_index_over_the_periods_range()
    {
        await using var db = _db.CreateDbContext();
        string[] queries =
        [
            TrafficSql.Count<FrontDesk.Data.Visits.Visit>(db, nameof(FrontDesk.Data.Visits.Visit.ArrivedAt)),
            TrafficSql.Count<PhoneMessage>(db, nameof(PhoneMessage.TakenAt)),
            TrafficSql.Count<MailItem>(db, nameof(MailItem.ReceivedAt)),
            TrafficSql.Count<MailItem>(db, nameof(MailItem.ClosedAt)),
            TrafficSql.CallRecords(db),
        ];
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var sql in queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql.Replace("{0}", "1", StringComparison.Ordinal).Replace("{1}", "2", StringComparison.Ordinal);
            var steps = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    steps.Add(reader.GetString(3));
                }
            }
            var plan = string.Join(" | ", steps);
            Assert.Contains("USING COVERING INDEX", plan, StringComparison.Ordinal);
            Assert.Contains("<?", plan.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }
}
