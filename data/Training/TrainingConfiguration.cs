using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Training;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> e)
    {
        e.HasIndex(s => s.StartsAt);
        e.HasIndex(s => s.SubmitToken).IsUnique();
        e.Property(s => s.SubmitToken).HasMaxLength(64);
        e.Property(s => s.Cost).HasPrecision(12, 2);
        e.Ignore(s => s.IsCancelled);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasMany(s => s.SignUps).WithOne(u => u.Session).HasForeignKey(u => u.SessionId);
    }
}

internal sealed class TrainingSignUpConfiguration : IEntityTypeConfiguration<TrainingSignUp>
{
    public void Configure(EntityTypeBuilder<TrainingSignUp> e)
    {
        // One row per person and session: a double tap cannot add a second.
        e.HasIndex(u => new { u.SessionId, u.StaffId }).IsUnique();
        // Attendees per session and per person, for the quarterly rule and the reports.
        e.HasIndex(u => new { u.StaffId, u.Attendance });
        // Staff leave by becoming inactive: their training history stays for the reports.
        e.HasOne<StaffMember>().WithMany().HasForeignKey(u => u.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingQuarterReminderConfiguration : IEntityTypeConfiguration<TrainingQuarterReminder>
{
    public void Configure(EntityTypeBuilder<TrainingQuarterReminder> e)
    {
        e.HasKey(r => r.Quarter);
        e.Property(r => r.Quarter).HasMaxLength(8);
    }
}
