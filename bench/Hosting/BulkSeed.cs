using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDesk.Bench.Hosting;

// Years of front-desk records written fast: one transaction, one prepared INSERT per table with its parameters
// reused, timestamps encoded as the model stores them (DateTimeOffsetToBinaryConverter). Spread over the days
// before now, densest in office hours, so the reports have real days and weeks to count.
public sealed class BulkSeed(BenchDatabase database, int companyId, int[] memberIds, int days)
{
    private static readonly ValueConverter<DateTimeOffset, long> Stored = new DateTimeOffsetToBinaryConverter();
    private readonly Random _random = new(14);
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    private static long At(DateTimeOffset when) => (long)Stored.ConvertToProvider(when)!;

    // A moment on one of the last `days` days (UTC), between 00:00 and 10:00 UTC (08:00–18:00 in Shanghai).
    private DateTimeOffset When(int index, int count)
    {
        var day = _now.UtcDateTime.Date.AddDays(-(days - 1) + (int)((long)index * days / count));
        var when = new DateTimeOffset(day, TimeSpan.Zero).AddMinutes(_random.Next(0, 600));
        return when > _now ? _now.AddMinutes(-_random.Next(1, 60)) : when;
    }

    public async Task<TimeSpan> RunAsync(int visits, int mail, int calls)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={database.Path}");
        await connection.OpenAsync();
        // Bench data: no fsync, a big page cache; the tables' indexes are dropped first and built again at the end
        // (one sort per index instead of a random B-tree insert per row).
        await ExecuteAsync(connection, null, "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var indexes = await IndexesAsync(connection, transaction);
        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX \"{name}\";");
        }
        await InsertAsync(connection, transaction, visits, VisitInsert, FillVisit);
        await InsertAsync(connection, transaction, mail, MailInsert, FillMail);
        await InsertAsync(connection, transaction, calls, CallInsert, FillCall);
        foreach (var (_, sql) in indexes)
        {
            await ExecuteAsync(connection, transaction, sql + ";");
        }
        await transaction.CommitAsync();
        return clock.Elapsed;
    }

    private static async Task<List<(string Name, string Sql)>> IndexesAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Visits', 'MailItems', 'PhoneMessages')";
        var found = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }
        return found;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private const string VisitInsert = """
        INSERT INTO Visits (VisitorName, VisitorCompany, CompanyId, HostMemberId, Purpose, Status, WalkIn, Guests, CreatedAt, CreatedBy,
                            ExpectedFrom, ExpectedUntil, ArrivedAt, CheckedInAt, CheckedOutAt, HostAnsweredAt, HostAnswer, AutoCheckedOut, Code)
        VALUES ($name, 'Tailspin', $company, $host, 'Meeting', $status, $walkIn, 1, $created, 'bench',
                $expectedFrom, $expectedUntil, $arrived, $arrived, $left, $answered, $answer, 0, $code)
        """;

    private void FillVisit(SqliteParameterCollection p, int i, int count)
    {
        var when = When(i, count);
        var walkIn = i % 3 == 0;
        var noShow = !walkIn && i % 17 == 0;
        p["$name"].Value = $"Visitor {i}";
        p["$company"].Value = companyId;
        p["$host"].Value = memberIds[i % memberIds.Length];
        p["$status"].Value = noShow ? 6 : 5;
        p["$walkIn"].Value = walkIn ? 1 : 0;
        p["$created"].Value = At(when.AddDays(walkIn ? 0 : -2));
        p["$expectedFrom"].Value = walkIn ? DBNull.Value : At(when.AddMinutes(-10));
        p["$expectedUntil"].Value = walkIn ? DBNull.Value : At(when.AddMinutes(50));
        p["$arrived"].Value = noShow ? DBNull.Value : At(when);
        p["$left"].Value = noShow ? DBNull.Value : At(when.AddMinutes(45));
        p["$answered"].Value = noShow || !walkIn ? DBNull.Value : At(when.AddMinutes(_random.Next(1, 8)));
        p["$answer"].Value = noShow || !walkIn ? DBNull.Value : 1;
        p["$code"].Value = walkIn ? DBNull.Value : $"B{i:D9}";
    }

    private const string MailInsert = """
        INSERT INTO MailItems (Serial, CompanyId, CompanyName, RecipientMemberId, RecipientName, Kind, Count, Urgent, Status, ReceivedAt,
                               ClosedAt, DeliverySeconds, LoggedBy, LoggedByName, SubmitToken, WrongCodeAttempts)
        VALUES ($serial, $company, 'Contoso', $member, 'Member', $kind, 1, $urgent, $status, $received,
                $closed, $seconds, 'bench', 'Bench', $token, 0)
        """;

    private void FillMail(SqliteParameterCollection p, int i, int count)
    {
        var when = When(i, count);
        var open = when > _now.AddDays(-2) && i % 4 == 0;
        var seconds = _random.Next(600, 36 * 3600);
        p["$serial"].Value = $"M-BENCH-{i:D9}";
        p["$company"].Value = companyId;
        p["$member"].Value = memberIds[i % memberIds.Length];
        p["$kind"].Value = 1 + (i % 5);
        p["$urgent"].Value = i % 20 == 0 ? 1 : 0;
        p["$status"].Value = open ? 1 : 3;
        p["$received"].Value = At(when);
        p["$closed"].Value = open ? DBNull.Value : At(when.AddSeconds(seconds));
        p["$seconds"].Value = open ? DBNull.Value : seconds;
        p["$token"].Value = $"bench-mail-{i}";
    }

    private const string CallInsert = """
        INSERT INTO PhoneMessages (Reference, CallerName, CompanyId, CompanyName, RecipientMemberId, RecipientName, Message, Urgent, AnswerSpeed,
                                   CallBackRequested, Status, TakenAt, TakenBy, TakenByName, SubmitToken, NotifiedCount)
        VALUES ($reference, 'Caller', $company, 'Contoso', $member, 'Member', 'Please call back', $urgent, $speed,
                1, $status, $taken, 'bench', 'Bench', $token, 1)
        """;

    private void FillCall(SqliteParameterCollection p, int i, int count)
    {
        var when = When(i, count);
        p["$reference"].Value = $"C-BENCH-{i:D9}";
        p["$company"].Value = companyId;
        p["$member"].Value = memberIds[i % memberIds.Length];
        p["$urgent"].Value = i % 25 == 0 ? 1 : 0;
        p["$speed"].Value = 1 + (i % 3 == 0 ? 1 : 0);
        p["$status"].Value = when > _now.AddDays(-1) && i % 2 == 0 ? 0 : 1;
        p["$taken"].Value = At(when);
        p["$token"].Value = $"bench-call-{i}";
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, int count, string sql,
        Action<SqliteParameterCollection, int, int> fill)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        command.Prepare();
        for (var i = 0; i < count; i++)
        {
            fill(command.Parameters, i, count);
            command.ExecuteNonQuery();
        }
    }
}
