using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Notifications;

// The outbox's claim where several hosts share the database (PostgreSQL): one statement that locks the due heads it
// picks and skips those another host's claim holds, so two senders never take the same row and neither waits. Not
// inside an EF transaction, so it takes no lock that queues it behind other writers. A head is each conversation's
// oldest unsettled row (0 Pending, 1 Sending, 3 Retrying); a row another claim changed meanwhile fails the due check
// when its lock is taken (PostgreSQL re-reads a locked row).
internal static class SkipLockedClaim
{
    // The heads are found in one pass (sorted once, whatever the planner's statistics say: a fresh or bulk-filled
    // table has none), a few more candidates than wanted are taken, and those another claim holds are skipped.
    private const string Sql = """
        WITH heads AS MATERIALIZED (
            SELECT DISTINCT ON (h."ChannelId" || '|' || coalesce(h."ConversationId", 'user:' || h."RecipientAadObjectId"))
                h."Id", h."Status", h."NextAttemptAt", h."LeaseUntil"
            FROM "Notifications" AS h WHERE h."Status" IN (0, 1, 3)
            ORDER BY h."ChannelId" || '|' || coalesce(h."ConversationId", 'user:' || h."RecipientAadObjectId"), h."Id"),
        candidates AS (
            SELECT heads."Id" FROM heads
            WHERE NOT (heads."Id" = ANY(@mine))
                AND ((heads."Status" IN (0, 3) AND heads."NextAttemptAt" <= @now) OR (heads."Status" = 1 AND heads."LeaseUntil" <= @now))
            ORDER BY heads."NextAttemptAt", heads."Id"
            LIMIT @max * 4),
        picked AS (
            SELECT c."Id" FROM "Notifications" AS c
            WHERE c."Id" IN (SELECT "Id" FROM candidates)
                AND ((c."Status" IN (0, 3) AND c."NextAttemptAt" <= @now) OR (c."Status" = 1 AND c."LeaseUntil" <= @now))
            ORDER BY c."NextAttemptAt", c."Id"
            LIMIT @max
            FOR UPDATE OF c SKIP LOCKED)
        UPDATE "Notifications" AS n SET "Status" = 1, "LeaseUntil" = @until
        FROM picked WHERE n."Id" = picked."Id"
        RETURNING n."Id"
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
