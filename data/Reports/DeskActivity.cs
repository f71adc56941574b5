using FrontDesk.Data.Calls;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Reports;

// What happened at the desk over some days. Calls: the phone messages taken (and how many the staff say were
// answered within three rings) and, where the phone system's records were imported, the inbound calls and how many
// were answered within three rings by them. Interactions: arrivals, phone messages, mail logged and handed over.
public sealed record ActivityCounts(
    int Expected,
    int Arrived,
    int WalkIns,
    int NoShows,
    int Escalations,
    int Messages,
    int MessagesWithinThreeRings,
    int RecordedCalls,
    int RecordedWithinThreeRings,
    int MailIn,
    int MailOut,
    int FeedbackCount,
    double? FeedbackAverage,
    int LowRatings)
{
    public int Interactions => Arrived + Messages + MailIn + MailOut;
}

// Counts building-local days [from, to] in SQL; the rows themselves are never loaded.
public sealed class DeskActivity(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, CallRules calls)
{
    public async Task<ActivityCounts> ForAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var (start, _) = time.DayUtc(from);
        var (_, end) = time.DayUtc(to);
        var three = calls.ThreeRingSeconds;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visits = db.Visits.AsNoTracking();
        var arrived = visits.Where(v => v.ArrivedAt >= start && v.ArrivedAt < end);
        var invited = visits.Where(v => !v.WalkIn && v.ExpectedFrom >= start && v.ExpectedFrom < end && v.Status != VisitStatus.Cancelled);
        var messages = db.PhoneMessages.AsNoTracking().Where(m => m.TakenAt >= start && m.TakenAt < end);
        var records = db.CallRecords.AsNoTracking().Where(r => r.Direction == CallDirection.Inbound && r.StartedAt >= start && r.StartedAt < end);
        var items = db.MailItems.AsNoTracking();
        var feedback = db.Feedback.AsNoTracking().Where(f => f.GivenAt >= start && f.GivenAt < end);
        return new ActivityCounts(
            Expected: await invited.CountAsync(ct),
            Arrived: await arrived.CountAsync(ct),
            // Summed, not counted with a WHERE: "Status = NoShow" in the WHERE made SQLite read every no-show ever
            // through the status index instead of the days' range (ReportIndexes covers both sums).
            WalkIns: await arrived.SumAsync(v => v.WalkIn ? 1 : 0, ct),
            NoShows: await invited.SumAsync(v => v.Status == VisitStatus.NoShow ? 1 : 0, ct),
            Escalations: await visits.CountAsync(v => v.EscalatedAt >= start && v.EscalatedAt < end, ct),
            Messages: await messages.CountAsync(ct),
            MessagesWithinThreeRings: await messages.CountAsync(m => m.AnswerSpeed == AnswerSpeed.WithinThreeRings, ct),
            RecordedCalls: await records.CountAsync(ct),
            RecordedWithinThreeRings: await records.CountAsync(r => r.Answered && r.WaitSeconds <= three, ct),
            MailIn: await items.CountAsync(m => m.ReceivedAt >= start && m.ReceivedAt < end, ct),
            MailOut: await items.CountAsync(m => m.ClosedAt >= start && m.ClosedAt < end, ct),
            FeedbackCount: await feedback.CountAsync(ct),
            FeedbackAverage: await feedback.Select(f => (double?)f.Rating).AverageAsync(ct),
            LowRatings: await feedback.CountAsync(f => f.Rating <= FeedbackEntry.LowRating, ct));
    }
}
