using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Schedules;

// Who runs a round (the visit watch, the mail round, a scheduled job) right now, and until when: one instance at a
// time, and another takes over once the holder stops renewing (it died).
public class RoundLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTimeOffset HeldUntil { get; set; }
}

internal sealed class RoundLeaseConfiguration : IEntityTypeConfiguration<RoundLease>
{
    public void Configure(EntityTypeBuilder<RoundLease> e)
    {
        e.HasKey(l => l.Name);
        e.Property(l => l.Name).HasMaxLength(100);
        e.Property(l => l.Holder).HasMaxLength(200);
    }
}
