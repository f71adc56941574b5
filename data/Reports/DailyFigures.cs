using FrontDesk.Data.Calls;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Reports;

// The desk's day at a glance: what happened, and what is still open at the moment the summary is made.
public sealed record DailyFigures(
    DateOnly Day,
    ActivityCounts Activity,
    int OnSite,
    int MailOpen,
    int MailOverdue,
    int UrgentMessagesOpen,
    int LowRatingsOpen);

// For the managers' daily summary; counted in SQL.
public sealed class DailySummary(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, MailRules mail, DeskActivity activity)
{
    public async Task<DailyFigures> ForAsync(DateOnly day, CancellationToken ct = default)
    {
        var counts = await activity.ForAsync(day, day, ct);
        var overdueBefore = time.UtcNow - mail.DeliveryDeadline;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var open = db.MailItems.AsNoTracking().Where(m => m.ClosedAt == null);
        return new DailyFigures(
            day,
            counts,
            OnSite: await db.Visits.CountAsync(v => v.Status == VisitStatus.CheckedIn || v.Status == VisitStatus.AwaitingHost || v.Status == VisitStatus.AwaitingDesk, ct),
            MailOpen: await open.CountAsync(ct),
            MailOverdue: await open.CountAsync(m => m.ReceivedAt <= overdueBefore, ct),
            UrgentMessagesOpen: await db.PhoneMessages.CountAsync(m => m.Urgent && m.Status == PhoneMessageStatus.Open, ct),
            LowRatingsOpen: await db.Feedback.CountAsync(f => f.Rating <= FeedbackEntry.LowRating && f.FollowedUpAt == null, ct));
    }
}
