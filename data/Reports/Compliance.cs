using FrontDesk.Data.Calls;
using FrontDesk.Data.Mail;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Reports;

// Shares and times as whole figures; a share or a median is null when there was nothing to measure.
public sealed record ComplianceFigures(
    bool CallsFromRecords,
    int Calls,
    int CallsWithinThreeRings,
    int MailJudged,
    int MailInTime,
    int HostAnswers,
    double? HostResponseMedianMinutes,
    int VisitorWaits,
    double? VisitorWaitMedianMinutes,
    int VisitorWaitsWithinStandard)
{
    public double? CallShare => Share(CallsWithinThreeRings, Calls);

    public double? MailShare => Share(MailInTime, MailJudged);

    public double? WaitShare => Share(VisitorWaitsWithinStandard, VisitorWaits);

    public static double? Share(int part, int whole) => whole == 0 ? null : 100.0 * part / whole;
}

// The service standards of the plan (R3, R4, R1) over building-local days [from, to]:
// - calls answered within three rings: the phone system's inbound calls where any were imported for those days,
//   otherwise the staff's own report on the phone messages;
// - mail within the deadline: items received in the days that were collected or delivered in time, of those
//   closed or already past the deadline (an item still within its deadline is not judged yet);
// - the host's response: arrival to the host's answer, median;
// - the visitor's wait: arrival to the host's answer or the desk seeing to them, whichever came first; median,
//   and how many within the wait standard.
public sealed class Compliance(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, MailRules mail, CallRules calls)
{
    public async Task<ComplianceFigures> ForAsync(DateOnly from, DateOnly to, TimeSpan waitStandard, CancellationToken ct = default)
    {
        var (start, _) = time.DayUtc(from);
        var (_, end) = time.DayUtc(to);
        var now = time.UtcNow;
        var pastDeadline = now - mail.DeliveryDeadline;
        var three = calls.ThreeRingSeconds;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var records = db.CallRecords.AsNoTracking().Where(r => r.Direction == CallDirection.Inbound && r.StartedAt >= start && r.StartedAt < end);
        var recorded = await records.CountAsync(ct);
        int callCount, within;
        if (recorded > 0)
        {
            (callCount, within) = (recorded, await records.CountAsync(r => r.Answered && r.WaitSeconds <= three, ct));
        }
        else
        {
            var messages = db.PhoneMessages.AsNoTracking().Where(m => m.TakenAt >= start && m.TakenAt < end);
            (callCount, within) = (await messages.CountAsync(ct), await messages.CountAsync(m => m.AnswerSpeed == AnswerSpeed.WithinThreeRings, ct));
        }
        // An item returned to its sender was never the recipient's to collect: not judged.
        var judged = db.MailItems.AsNoTracking().Where(m => m.ReceivedAt >= start && m.ReceivedAt < end && m.Status != MailStatus.ReturnedToSender
                                                            && (m.ClosedAt != null || m.ReceivedAt <= pastDeadline));
        var judgedCount = await judged.CountAsync(ct);
        // DeliverySeconds is stored when an item is closed: the deadline check stays in SQL.
        var deadlineSeconds = (long)mail.DeliveryDeadline.TotalSeconds;
        var inTime = await judged.CountAsync(m => m.ClosedAt != null && m.DeliverySeconds <= deadlineSeconds, ct);
        // Two timestamps per arrived visit of the days, no more.
        var visits = await db.Visits.AsNoTracking().Where(v => v.ArrivedAt >= start && v.ArrivedAt < end && (v.HostAnsweredAt != null || v.DeskServedAt != null))
            .Select(v => new { v.ArrivedAt, v.HostAnsweredAt, v.DeskServedAt }).ToListAsync(ct);
        var answers = visits.Where(v => v.HostAnsweredAt is not null).Select(v => (v.HostAnsweredAt!.Value - v.ArrivedAt!.Value).TotalMinutes).ToList();
        var waits = visits.Select(v => (Earlier(v.HostAnsweredAt, v.DeskServedAt) - v.ArrivedAt!.Value).TotalMinutes).ToList();
        return new ComplianceFigures(recorded > 0, callCount, within, judgedCount, inTime, answers.Count, Median(answers), waits.Count, Median(waits),
            waits.Count(w => w <= waitStandard.TotalMinutes));
    }

    public static double? Median(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static DateTimeOffset Earlier(DateTimeOffset? a, DateTimeOffset? b) => (a, b) switch
    {
        ({ } x, { } y) => x < y ? x : y,
        ({ } x, null) => x,
        (null, { } y) => y,
        _ => throw new InvalidOperationException("Neither the host nor the desk answered."),
    };
}
