using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// The outbox's claim where several hosts share the database (PostgreSQL): one statement that locks the due heads it
// picks and skips those another host's claim holds, so two senders never take the same row and neither waits. Not
// inside an EF transaction, so it takes no lock that queues it behind other writers.
internal static class SkipLockedClaim
{
    // A head is each conversation's oldest unsettled row (0 Pending, 1 Sending, 3 Retrying); a row another claim
    // settled meanwhile fails the status check when its lock is taken (PostgreSQL re-reads a locked row).
    private const string Sql = """
        UPDATE "Notifications" SET "Status" = 1, "LeaseUntil" = @until
        WHERE "Id" IN (
            SELECT c."Id" FROM "Notifications" AS c
            WHERE c."Id" IN (
                    SELECT min(h."Id") FROM "Notifications" AS h WHERE h."Status" IN (0, 1, 3)
                    GROUP BY h."ChannelId" || '|' || coalesce(h."ConversationId", 'user:' || h."RecipientAadObjectId"))
                AND NOT (c."Id" = ANY(@mine))
                AND ((c."Status" IN (0, 3) AND c."NextAttemptAt" <= @now) OR (c."Status" = 1 AND c."LeaseUntil" <= @now))
            ORDER BY c."NextAttemptAt", c."Id"
            LIMIT @max
            FOR UPDATE OF c SKIP LOCKED)
        RETURNING "Id"
        """;

    public static async Task<IReadOnlyList<long>> RunAsync(FrontDeskDb db, int max, DateTimeOffset now, DateTimeOffset until,
        IReadOnlyCollection<long> mine, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        Add(command, "until", until.ToUniversalTime());
        Add(command, "now", now.ToUniversalTime());
        Add(command, "mine", mine.ToArray());
        Add(command, "max", max);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    internal static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
