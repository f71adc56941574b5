using System.Globalization;
using FrontDesk.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Assessment;

public enum ReviewOutcome
{
    Saved,
    Unchanged,
    NoSuchStaff,
}

// A manager's part of the assessment: the attitude rating and the award. Every change is written to the audit log
// with what it was before.
public sealed class AssessmentReviews(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public async Task<ReviewOutcome> RateAttitudeAsync(int staffId, Quarter quarter, int rating, string? note, string actor, string actorName, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 5);
        return await ChangeAsync(staffId, quarter, actor, "assessment.attitude", a =>
        {
            var before = a.AttitudeRating is { } r ? $"{r} {a.AttitudeNote}".Trim() : "";
            var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            if (a.AttitudeRating == rating && a.AttitudeNote == text)
            {
                return null;
            }
            a.AttitudeRating = rating;
            a.AttitudeNote = text;
            a.AttitudeByName = actorName;
            a.AttitudeAt = clock.GetUtcNow();
            return $"{before} → {rating} {text}".Trim();
        }, ct);
    }

    public Task<ReviewOutcome> AwardAsync(int staffId, Quarter quarter, bool awarded, string actor, string actorName, CancellationToken ct = default) =>
        ChangeAsync(staffId, quarter, actor, "assessment.award", a =>
        {
            if (a.Awarded == awarded)
            {
                return null;
            }
            a.Awarded = awarded;
            a.AwardedByName = awarded ? actorName : null;
            a.AwardedAt = awarded ? clock.GetUtcNow() : null;
            return awarded ? "awarded" : "award removed";
        }, ct);

    // change returns the audit line, or null when nothing changed.
    private async Task<ReviewOutcome> ChangeAsync(int staffId, Quarter quarter, string actor, string action, Func<StaffAssessment, string?> change, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two managers saving at once queue here, and the row is made once.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Staff.AnyAsync(s => s.Id == staffId, ct))
        {
            return ReviewOutcome.NoSuchStaff;
        }
        var row = await db.StaffAssessments.SingleOrDefaultAsync(a => a.StaffId == staffId && a.Quarter == quarter.Code, ct)
                  ?? db.StaffAssessments.Add(new StaffAssessment { StaffId = staffId, Quarter = quarter.Code }).Entity;
        if (change(row) is not { } details)
        {
            return ReviewOutcome.Unchanged;
        }
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Subject = string.Create(CultureInfo.InvariantCulture, $"staff:{staffId}:{quarter.Code}"),
            Details = details,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ReviewOutcome.Saved;
    }
}
