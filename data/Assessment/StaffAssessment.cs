using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Assessment;

// What a manager adds to a staff member's quarter: the attitude rating (1–5) with an optional note, and the
// quarter's award. The rest of the assessment is computed from the records, never stored.
public class StaffAssessment
{
    public int Id { get; set; }
    public int StaffId { get; set; }
    public required string Quarter { get; set; }
    public int? AttitudeRating { get; set; }
    public string? AttitudeNote { get; set; }
    public string? AttitudeByName { get; set; }
    public DateTimeOffset? AttitudeAt { get; set; }
    public bool Awarded { get; set; }
    public string? AwardedByName { get; set; }
    public DateTimeOffset? AwardedAt { get; set; }
}

internal sealed class StaffAssessmentConfiguration : IEntityTypeConfiguration<StaffAssessment>
{
    public void Configure(EntityTypeBuilder<StaffAssessment> e)
    {
        e.HasIndex(a => new { a.StaffId, a.Quarter }).IsUnique();
        e.Property(a => a.Quarter).HasMaxLength(7);
    }
}
