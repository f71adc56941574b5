using FrontDesk.Data.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Supervision;

public enum RulesReviewOutcome
{
    Kept = 1,
    Changed = 2,
}

// The rules owner's review of the front-desk rules for a period (R12): kept as they are or changed (and what), who
// recorded it and when, and the compliance figures the review was made on, as they were then.
public class RulesReview
{
    public const int ChangesLength = 2000;

    public int Id { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public RulesReviewOutcome Outcome { get; set; }
    public string? Changes { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
    public int RecordedByStaffId { get; set; }
    public required string RecordedByName { get; set; }
    public bool CallsFromRecords { get; set; }
    public int Calls { get; set; }
    public int CallsWithinThreeRings { get; set; }
    public int MailJudged { get; set; }
    public int MailInTime { get; set; }
    public int HostAnswers { get; set; }
    public double? HostResponseMedianMinutes { get; set; }
    public int VisitorWaits { get; set; }
    public double? VisitorWaitMedianMinutes { get; set; }
    public int VisitorWaitsWithinStandard { get; set; }
    public int WaitStandardMinutes { get; set; }

    public ReviewPeriod Period => new(PeriodFrom, PeriodTo);

    public ComplianceFigures Figures => new(CallsFromRecords, Calls, CallsWithinThreeRings, MailJudged, MailInTime, HostAnswers, HostResponseMedianMinutes,
        VisitorWaits, VisitorWaitMedianMinutes, VisitorWaitsWithinStandard);
}

internal sealed class RulesReviewConfiguration : IEntityTypeConfiguration<RulesReview>
{
    public void Configure(EntityTypeBuilder<RulesReview> e)
    {
        // One review per period: a second tap, or a colleague's, finds the first instead of adding another.
        e.HasIndex(r => new { r.PeriodFrom, r.PeriodTo }).IsUnique();
        e.HasIndex(r => r.RecordedAt);
        e.Property(r => r.Changes).HasMaxLength(RulesReview.ChangesLength);
        e.Property(r => r.RecordedBy).HasMaxLength(100);
        e.Property(r => r.RecordedByName).HasMaxLength(200);
        e.Ignore(r => r.Period);
        e.Ignore(r => r.Figures);
    }
}
