using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Calls;

internal sealed class PhoneMessageConfiguration : IEntityTypeConfiguration<PhoneMessage>
{
    public void Configure(EntityTypeBuilder<PhoneMessage> e)
    {
        e.HasIndex(m => m.Reference).IsUnique();
        e.HasIndex(m => m.TakenAt);
        e.HasIndex(m => new { m.CompanyId, m.Status });
        e.HasIndex(m => m.SubmitToken);
        e.Ignore(m => m.IsOpen);
        e.Ignore(m => m.ForCompany);
        // Marking it called back updates WHERE Status = what we read: of two colleagues at once, one wins.
        e.Property(m => m.Status).IsConcurrencyToken();
    }
}

internal sealed class PhoneMessageCounterConfiguration : IEntityTypeConfiguration<PhoneMessageCounter>
{
    public void Configure(EntityTypeBuilder<PhoneMessageCounter> e) => e.HasKey(c => c.Day);
}

internal sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> e)
    {
        e.HasIndex(r => r.Key).IsUnique();
        e.Property(r => r.Key).HasMaxLength(CallRecordImport.KeyLength);
        e.HasIndex(r => r.StartedAt);
    }
}
