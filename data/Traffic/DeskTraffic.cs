using FrontDesk.Data.Calls;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Providers;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Traffic;

// Counts the desk's interactions per building-local day and hour (R6), in SQL: each source is grouped by UTC
// quarter hour on its time index, and only those groups (at most 96 a day) are read and placed in local hours
// with the building's zone, so a year of a large building is never loaded row by row.
// Calls: on a day with any imported call record, the phone system's inbound calls (every call that rang, answered
// or not); on other days the phone messages the desk logged (the calls it took a message for).
public sealed class DeskTraffic(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public const int MaxDays = 366;

    public async Task<TrafficReport> CountAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"A traffic period is 1 to {MaxDays} days.");
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var dialect = DatabaseDialect.Of(db);
        var start = dialect.TimeParameter(time.DayUtc(from).Start);
        var end = dialect.TimeParameter(time.DayUtc(to).End);
        var visitors = await CountAsync(db, TrafficSql.Count<Visit>(db, nameof(Visit.ArrivedAt)), start, end, ct);
        var messages = await CountAsync(db, TrafficSql.Count<PhoneMessage>(db, nameof(PhoneMessage.TakenAt)), start, end, ct);
        var logged = await CountAsync(db, TrafficSql.Count<MailItem>(db, nameof(MailItem.ReceivedAt)), start, end, ct);
        var handedOver = await CountAsync(db, TrafficSql.Count<MailItem>(db, nameof(MailItem.ClosedAt)), start, end, ct);
        var records = await db.Database.SqlQueryRaw<CallBucket>(TrafficSql.CallRecords(db), start, end).ToListAsync(ct);

        var days = new TrafficTally(time.Zone, dialect);
        days.Add(visitors, (c, n) => c with { Visitors = c.Visitors + n });
        days.Add(logged, (c, n) => c with { MailLogged = c.MailLogged + n });
        days.Add(handedOver, (c, n) => c with { MailHandedOver = c.MailHandedOver + n });
        days.AddCalls(messages, records);
        return days.Report(from, to);
    }

    private static async Task<List<HourBucket>> CountAsync(FrontDeskDb db, string sql, object start, object end, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<HourBucket>(sql, start, end).ToListAsync(ct);
}

// One UTC quarter hour's count of one source.
internal sealed class HourBucket
{
    public long Bucket { get; set; }
    public long Count { get; set; }
}

// One UTC quarter hour of imported call records: the inbound ones, and all (a day with any record was imported).
internal sealed class CallBucket
{
    public long Bucket { get; set; }
    public long Inbound { get; set; }
    public long Count { get; set; }
}
