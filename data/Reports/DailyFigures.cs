using FrontDesk.Data.Calls;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Reports;

// The desk's day at a glance. Calls: the phone messages taken (and how many the staff say were answered within
// three rings) and, where the phone system's records were imported, the inbound calls and how many were answered
// within three rings by them. "Open" figures are as at the moment the summary is made.
public sealed record DailyFigures(
    DateOnly Day,
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
    int LowRatings,
    int OnSite,
    int MailOpen,
    int MailOverdue,
    int UrgentMessagesOpen,
    int LowRatingsOpen);

// Counts one building-local day in SQL (the day's rows are never loaded), for the managers' daily summary.
public sealed class DailySummary(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, MailRules mail, CallRules calls)
{
    public async Task<DailyFigures> ForAsync(DateOnly day, CancellationToken ct = default)
    {
        var (start, end) = time.DayUtc(day);
        var now = time.UtcNow;
        var overdueBefore = now - mail.DeliveryDeadline;
        var three = calls.ThreeRingSeconds;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visits = db.Visits.AsNoTracking();
        var arrivedToday = visits.Where(v => v.ArrivedAt >= start && v.ArrivedAt < end);
        var invitedToday = visits.Where(v => !v.WalkIn && v.ExpectedFrom >= start && v.ExpectedFrom < end && v.Status != VisitStatus.Cancelled);
        var messages = db.PhoneMessages.AsNoTracking().Where(m => m.TakenAt >= start && m.TakenAt < end);
        var records = db.CallRecords.AsNoTracking().Where(r => r.Direction == CallDirection.Inbound && r.StartedAt >= start && r.StartedAt < end);
        var items = db.MailItems.AsNoTracking();
        var open = items.Where(m => m.ClosedAt == null);
        var feedback = db.Feedback.AsNoTracking().Where(f => f.GivenAt >= start && f.GivenAt < end);
        return new DailyFigures(
            day,
            Expected: await invitedToday.CountAsync(ct),
            Arrived: await arrivedToday.CountAsync(ct),
            WalkIns: await arrivedToday.CountAsync(v => v.WalkIn, ct),
            NoShows: await invitedToday.CountAsync(v => v.Status == VisitStatus.NoShow, ct),
            Escalations: await visits.CountAsync(v => v.EscalatedAt >= start && v.EscalatedAt < end, ct),
            Messages: await messages.CountAsync(ct),
            MessagesWithinThreeRings: await messages.CountAsync(m => m.AnswerSpeed == AnswerSpeed.WithinThreeRings, ct),
            RecordedCalls: await records.CountAsync(ct),
            RecordedWithinThreeRings: await records.CountAsync(r => r.Answered && r.WaitSeconds <= three, ct),
            MailIn: await items.CountAsync(m => m.ReceivedAt >= start && m.ReceivedAt < end, ct),
            MailOut: await items.CountAsync(m => m.ClosedAt >= start && m.ClosedAt < end, ct),
            FeedbackCount: await feedback.CountAsync(ct),
            FeedbackAverage: await feedback.Select(f => (double?)f.Rating).AverageAsync(ct),
            LowRatings: await feedback.CountAsync(f => f.Rating <= FeedbackEntry.LowRating, ct),
            OnSite: await visits.CountAsync(v => v.Status == VisitStatus.CheckedIn || v.Status == VisitStatus.AwaitingHost || v.Status == VisitStatus.AwaitingDesk, ct),
            MailOpen: await open.CountAsync(ct),
            MailOverdue: await open.CountAsync(m => m.ReceivedAt <= overdueBefore, ct),
            UrgentMessagesOpen: await db.PhoneMessages.CountAsync(m => m.Urgent && m.Status == PhoneMessageStatus.Open, ct),
            LowRatingsOpen: await db.Feedback.CountAsync(f => f.Rating <= FeedbackEntry.LowRating && f.FollowedUpAt == null, ct));
    }
}
