using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Mail;

internal sealed class MailItemConfiguration : IEntityTypeConfiguration<MailItem>
{
    public void Configure(EntityTypeBuilder<MailItem> e)
    {
        e.HasIndex(m => m.Serial).IsUnique();
        e.HasIndex(m => new { m.Status, m.ReceivedAt });
        e.HasIndex(m => m.CompanyId);
        e.HasIndex(m => m.SubmitToken);
        e.HasIndex(m => m.PickupCodeHash);
        e.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MailItemId);
        e.Ignore(m => m.IsOpen);
        // Closing an item updates WHERE Status = what we read: of two desks closing it at once, one wins.
        e.Property(m => m.Status).IsConcurrencyToken();
    }
}

internal sealed class MailEventConfiguration : IEntityTypeConfiguration<MailEvent>
{
    public void Configure(EntityTypeBuilder<MailEvent> e) => e.HasIndex(h => new { h.MailItemId, h.At });
}

internal sealed class MailSerialCounterConfiguration : IEntityTypeConfiguration<MailSerialCounter>
{
    public void Configure(EntityTypeBuilder<MailSerialCounter> e) => e.HasKey(c => c.Day);
}
