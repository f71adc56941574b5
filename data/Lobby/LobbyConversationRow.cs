using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Lobby;

// A kiosk conversation of the local Direct Line, kept in the database when several instances share it (on one
// instance it lives in memory). Counter numbers activity ids, Watermark the log; StreamEpoch names the socket
// that is the conversation's one live stream, whichever instance holds it.
public class LobbyConversationRow
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public string? Locale { get; set; }
    public long Counter { get; set; }
    public long Watermark { get; set; }
    public long TokenGeneration { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastActive { get; set; }
    public DateTimeOffset? VisitorSpokeAt { get; set; }
    public long StreamEpoch { get; set; }
    public bool StreamOpen { get; set; }
    public DateTimeOffset? StreamLostAt { get; set; }
}

// One activity of a conversation's log as Direct Line sends it (JSON), in watermark order.
public class LobbyActivityRow
{
    public required string ConversationId { get; set; }
    public long Watermark { get; set; }
    public required string ActivityId { get; set; }
    public required string Json { get; set; }
}

// The key that signs the local Direct Line's tokens, one for all instances, made by the first that needs it.
public class LobbySigningKey
{
    public int Id { get; set; }
    public required byte[] Key { get; set; }
}

internal sealed class LobbyConversationRowConfiguration : IEntityTypeConfiguration<LobbyConversationRow>
{
    public void Configure(EntityTypeBuilder<LobbyConversationRow> e)
    {
        e.ToTable("LobbyConversations");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).HasMaxLength(64);
        e.Property(c => c.UserId).HasMaxLength(64);
        e.Property(c => c.Locale).HasMaxLength(40);
        e.HasIndex(c => c.LastActive);
    }
}

internal sealed class LobbyActivityRowConfiguration : IEntityTypeConfiguration<LobbyActivityRow>
{
    public void Configure(EntityTypeBuilder<LobbyActivityRow> e)
    {
        e.ToTable("LobbyActivities");
        e.HasKey(a => new { a.ConversationId, a.Watermark });
        e.Property(a => a.ConversationId).HasMaxLength(64);
        e.Property(a => a.ActivityId).HasMaxLength(100);
        e.HasIndex(a => new { a.ConversationId, a.ActivityId });
        e.HasOne<LobbyConversationRow>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LobbySigningKeyConfiguration : IEntityTypeConfiguration<LobbySigningKey>
{
    public void Configure(EntityTypeBuilder<LobbySigningKey> e)
    {
        e.ToTable("LobbySigningKeys");
        e.HasKey(k => k.Id);
        e.Property(k => k.Id).ValueGeneratedNever();
    }
}
