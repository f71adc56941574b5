using FrontDesk.Data.Notifications;

namespace FrontDesk.Bench.Hosting;

// Notices waiting in the outbox as features leave them (status Pending, due now), each for its own Teams chat with a
// stored conversation reference at the fake connector; the text carries the notice's number to spot duplicates.
public static class OutboxSeed
{
    public static string Text(int i) => $"bench notice {i}";

    public static async Task RunAsync(BenchDatabase database, Uri serviceUrl, int count)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = database.Open();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            db.ConversationReferences.Add(DirectorySeed.Reference(serviceUrl, $"fan-{i}", $"aad-fan-{i}", now));
            db.Notifications.Add(new Notification
            {
                IdempotencyKey = $"bench:{i}",
                ChannelId = "msteams",
                ConversationId = $"fan-{i}",
                ActivityJson = System.Text.Json.JsonSerializer.Serialize(new { type = "message", text = Text(i) }),
                Kind = "bench.notice",
                Status = NotificationStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }
}
