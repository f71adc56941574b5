using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Notifications;

// A send slot taken for a paced key (a conversation, a tenant), where every host sharing the database counts it
// (PostgreSQL; a SQLite host keeps its pace in memory). Kept only while a window may still count it.
public class SendSlot
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public DateTimeOffset At { get; set; }
}

// The next free slot of a key paced by spacing (a tenant, when sends may wait for their slot), booked in turn by every
// host in one statement each; with the key's last slot and the first of its run (SpacedPace's start ramp). Null last
// slot: none yet (or a row from before the ramp), so the next starts a run.
public class SendPace
{
    public required string Key { get; set; }

    public DateTimeOffset NextAt { get; set; }

    public DateTimeOffset? LastAt { get; set; }

    public DateTimeOffset? RunFrom { get; set; }
}

public sealed class SendPaceConfiguration : IEntityTypeConfiguration<SendPace>
{
    public void Configure(EntityTypeBuilder<SendPace> e)
    {
        e.ToTable("SendPaces");
        e.HasKey(p => p.Key);
        e.Property(p => p.Key).HasMaxLength(SendPaces.MaxKeyLength);
    }
}

public sealed class SendSlotConfiguration : IEntityTypeConfiguration<SendSlot>
{
    public void Configure(EntityTypeBuilder<SendSlot> e)
    {
        e.ToTable("SendSlots");
        e.Property(s => s.Key).HasMaxLength(SendPaces.MaxKeyLength);
        e.HasIndex(s => new { s.Key, s.At });
    }
}

// What a pace makes of the slots it was shown: take one at At for every key, or take nothing (free again at At).
public readonly record struct SlotChoice(bool Take, DateTimeOffset At)
{
    public static SlotChoice TakeAt(DateTimeOffset at) => new(true, at);

    public static SlotChoice FreeAt(DateTimeOffset at) => new(false, at);
}
