using FrontDesk.Data.Audit;
using FrontDesk.Data.Reports;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Supervision;

// What the owner decided about one period, with the figures it was decided on, and who they are (Actor: their
// Teams account, for the audit).
public sealed record ReviewDecision(ReviewPeriod Period, RulesReviewOutcome Outcome, string? Changes, ComplianceFigures Figures, int WaitStandardMinutes,
    string Actor, int StaffId, string Name);

// Recorded: false when the period had been recorded already (Review is then that first record).
public sealed record ReviewRecorded(bool Recorded, RulesReview Review);

// The history of the rules reviews, and recording one: once per period, with an audit entry.
public sealed class RulesReviews(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public const string AuditAction = "supervision.review";

    // Newest first; the weekly report's appendix shows these.
    public async Task<IReadOnlyList<RulesReview>> HistoryAsync(int max, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.RulesReviews.AsNoTracking().OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id).Take(max).ToListAsync(ct);
    }

    public async Task<RulesReview?> ForPeriodAsync(ReviewPeriod period, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await Find(db, period).FirstOrDefaultAsync(ct);
    }

    // alongside: adds what the recording causes (the managers' notices) to the same unit of work.
    public async Task<ReviewRecorded> RecordAsync(ReviewDecision decision, Func<FrontDeskDb, RulesReview, CancellationToken, Task>? alongside = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var changes = decision.Outcome == RulesReviewOutcome.Changed ? decision.Changes?.Trim() : null;
        if (decision.Outcome == RulesReviewOutcome.Changed && (string.IsNullOrEmpty(changes) || changes.Length > RulesReview.ChangesLength))
        {
            throw new ArgumentException($"What changed is required and at most {RulesReview.ChangesLength} characters.", nameof(decision));
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two taps at once queue here, and the period is recorded once.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await Find(db, decision.Period).FirstOrDefaultAsync(ct) is { } earlier)
        {
            return new(false, earlier);
        }
        var now = clock.GetUtcNow();
        var f = decision.Figures;
        var review = new RulesReview
        {
            PeriodFrom = decision.Period.From,
            PeriodTo = decision.Period.To,
            Outcome = decision.Outcome,
            Changes = changes,
            RecordedAt = now,
            RecordedBy = decision.Actor,
            RecordedByStaffId = decision.StaffId,
            RecordedByName = decision.Name,
            CallsFromRecords = f.CallsFromRecords,
            Calls = f.Calls,
            CallsWithinThreeRings = f.CallsWithinThreeRings,
            MailJudged = f.MailJudged,
            MailInTime = f.MailInTime,
            HostAnswers = f.HostAnswers,
            HostResponseMedianMinutes = f.HostResponseMedianMinutes,
            VisitorWaits = f.VisitorWaits,
            VisitorWaitMedianMinutes = f.VisitorWaitMedianMinutes,
            VisitorWaitsWithinStandard = f.VisitorWaitsWithinStandard,
            WaitStandardMinutes = decision.WaitStandardMinutes,
        };
        db.RulesReviews.Add(review);
        db.Audit.Add(new AuditEntry
        {
            At = now,
            Actor = decision.Actor,
            Action = AuditAction,
            Subject = $"rules:{decision.Period}",
            Details = changes is null ? "kept" : $"changed: {changes}",
        });
        if (alongside is not null)
        {
            await alongside(db, review, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded the period between our read and our write: theirs stands.
            await transaction.RollbackAsync(ct);
            return new(false, await ForPeriodAsync(decision.Period, ct) ?? throw new InvalidOperationException("The review could not be saved."));
        }
        await transaction.CommitAsync(ct);
        return new(true, review);
    }

    private static IQueryable<RulesReview> Find(FrontDeskDb db, ReviewPeriod period) =>
        db.RulesReviews.AsNoTracking().Where(r => r.PeriodFrom == period.From && r.PeriodTo == period.To);
}
