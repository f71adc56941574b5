using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Visits;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> e)
    {
        e.HasIndex(v => v.Code).IsUnique();
        e.HasIndex(v => v.SubmitToken).IsUnique();
        e.HasIndex(v => new { v.Status, v.CheckedInAt });
        e.HasIndex(v => v.ExpectedFrom);
        e.HasIndex(v => v.HostMemberId);
        e.HasIndex(v => v.CompanyId);
        e.HasIndex(v => v.AnonymisedAt);
        e.Property(v => v.VisitorName).HasMaxLength(VisitRules.NameLength);
        e.Property(v => v.VisitorCompany).HasMaxLength(VisitRules.NameLength);
        e.Property(v => v.Purpose).HasMaxLength(VisitRules.PurposeLength);
        // The first answer wins: saving an answer over one saved meanwhile fails (HostAnswers).
        e.Property(v => v.HostAnsweredAt).IsConcurrencyToken();
        e.HasOne(v => v.Host).WithMany().HasForeignKey(v => v.HostMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(v => v.Company).WithMany().HasForeignKey(v => v.CompanyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WatchlistConfiguration : IEntityTypeConfiguration<WatchlistEntry>
{
    public void Configure(EntityTypeBuilder<WatchlistEntry> e) => e.HasIndex(w => w.Active);
}
