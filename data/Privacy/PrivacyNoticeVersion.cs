using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Privacy;

// What a visitor was shown and accepted: the notice's language and text, named by a hash of both.
public sealed record ConsentNotice(string Version, string Language, string Text);

// Each privacy notice text a visitor accepted at least once, so a visit's ConsentVersion can be read back.
public class PrivacyNoticeVersion
{
    public required string Version { get; set; }
    public required string Language { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset FirstAcceptedAt { get; set; }
}

internal sealed class PrivacyNoticeVersionConfiguration : IEntityTypeConfiguration<PrivacyNoticeVersion>
{
    public void Configure(EntityTypeBuilder<PrivacyNoticeVersion> e)
    {
        e.ToTable("PrivacyNotices");
        e.HasKey(n => n.Version);
        e.Property(n => n.Version).HasMaxLength(ConsentNotices.VersionLength);
    }
}
