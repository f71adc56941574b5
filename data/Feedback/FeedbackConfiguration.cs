using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Feedback;

internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> e)
    {
        e.ToTable("Feedback");
        e.HasIndex(f => f.SubmitToken).IsUnique();
        e.HasIndex(f => f.GivenAt);
        e.HasIndex(f => f.AboutStaffId);
        e.HasIndex(f => f.GivenBy);
        e.HasIndex(f => f.VisitId);
        e.Ignore(f => f.IsLow);
        // Following it up updates WHERE FollowedUpAt = what we read: of two managers at once, one wins.
        e.Property(f => f.FollowedUpAt).IsConcurrencyToken();
    }
}
