using Microsoft.Data.Sqlite;

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
        for (var i = 0; i < count; i++)
        {
            db.ConversationReferences.Add(DirectorySeed.Reference(serviceUrl, $"fan-{i}", $"aad-fan-{i}", now));
        }
        await db.SaveChangesAsync();
        var stored = (long)new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(now)!;
        await using var connection = new SqliteConnection($"Data Source={database.Path}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Notifications (IdempotencyKey, ChannelId, ConversationId, ActivityJson, Kind, Status, Attempts, NextAttemptAt, CreatedAt)
            VALUES ($key, 'msteams', $conversation, $activity, 'bench.notice', 0, 0, $now, $now)
            """;
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var conversation = insert.Parameters.Add("$conversation", SqliteType.Text);
        var activity = insert.Parameters.Add("$activity", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", stored);
        for (var i = 0; i < count; i++)
        {
            key.Value = $"bench:{i}";
            conversation.Value = $"fan-{i}";
            activity.Value = System.Text.Json.JsonSerializer.Serialize(new { type = "message", text = Text(i) });
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
