using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Schedules;

// The last occurrence of a schedule that has been handled (UTC). A restart finds what came due meanwhile from it.
public class ScheduledRun
{
    public required string Name { get; set; }
    public DateTimeOffset LastDueAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
}

internal sealed class ScheduledRunConfiguration : IEntityTypeConfiguration<ScheduledRun>
{
    public void Configure(EntityTypeBuilder<ScheduledRun> e)
    {
        e.HasKey(r => r.Name);
        e.Property(r => r.Name).HasMaxLength(100);
        // Marking an occurrence done updates WHERE LastDueAt = what we read: two instances never both move it.
        e.Property(r => r.LastDueAt).IsConcurrencyToken();
    }
}
