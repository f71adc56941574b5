using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Staffing;

public enum ShiftSource
{
    // A manager's shift card.
    Card = 1,
    // A month's roster file.
    Import = 2,
}

// One staff member at the desk on a building-local date from Start to End (same day, End after Start).
public class Shift
{
    public int Id { get; set; }
    public int StaffId { get; set; }
    public StaffMember? Staff { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public ShiftSource Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    // The shift card that saved it: a second tap of the same card finds this shift instead of adding another.
    public string? SubmitToken { get; set; }

    public double Hours => (End - Start).TotalHours;

    public bool Overlaps(TimeOnly start, TimeOnly end) => Start < end && start < End;
}

internal sealed class ShiftConfiguration : IEntityTypeConfiguration<Shift>
{
    public void Configure(EntityTypeBuilder<Shift> e)
    {
        e.HasIndex(s => new { s.Date, s.StaffId });
        e.HasIndex(s => s.SubmitToken).IsUnique();
        e.Property(s => s.SubmitToken).HasMaxLength(64);
        e.Property(s => s.CreatedBy).HasMaxLength(200);
        e.Ignore(s => s.Hours);
        e.HasOne(s => s.Staff).WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
