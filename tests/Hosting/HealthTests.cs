using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Hosting;

// /healthz as a load balancer or an operator reads it: healthy only while a write would succeed, with the outbox's state.
public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_ok_and_reports_the_outbox_depth_the_age_of_its_oldest_due_row_and_dead_letters()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        await using var teams = new TeamsHarness(app);
        var alice = TeamsUser.Create("Alice Wang", "alice@contoso.com");
        await teams.EnqueueAsync(new NotificationRequest("health:1", NotificationTarget.TeamsUser(alice.AadObjectId), "{}", "visit.arrival"));
        clock.Advance(TimeSpan.FromSeconds(90));
        await teams.EnqueueAsync(new NotificationRequest("health:2", NotificationTarget.TeamsUser(alice.AadObjectId), "{}", "mail.urgent"));
        var dead = await teams.EnqueueAsync(new NotificationRequest("health:3", NotificationTarget.TeamsUser(alice.AadObjectId), "{}", "mail.urgent"));
        await teams.WithDbAsync(db => db.Notifications.Where(n => n.Id == dead.Id).ExecuteUpdateAsync(u => u.SetProperty(n => n.Status, NotificationStatus.DeadLetter)));

        var (status, body) = await GetHealthAsync(teams.Client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("ok", body.GetProperty("database").GetProperty("description").GetString());
        var outbox = body.GetProperty("outbox");
        Assert.Equal(2, outbox.GetProperty("depth").GetInt32());
        Assert.Equal(90, outbox.GetProperty("oldestDueAgeSeconds").GetDouble());
        Assert.Equal(1, outbox.GetProperty("deadLetters").GetInt32());
    }

    [Fact]
    public async Task Another_writer_holding_the_lock_makes_healthz_unhealthy_within_the_probe_time()
    {
        using var app = new FrontDeskApp();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client)).Status);

        HttpStatusCode status;
        JsonElement body;
        using (new WriteLock(app.Database))
        {
            (status, body) = await GetHealthAsync(client);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.StartsWith("locked", body.GetProperty("database").GetProperty("description").GetString(), StringComparison.Ordinal);
        // Reading still works while another writer holds the lock, so the outbox is still reported.
        Assert.Equal(0, body.GetProperty("outbox").GetProperty("depth").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client)).Status);
    }

    [SqliteFact]
    public async Task A_database_file_that_cannot_be_written_makes_healthz_unhealthy()
    {
        using var app = new FrontDeskApp();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client)).Status);

        // Root ignores file modes; the immutable flag stops even root from opening the file for writing.
        SqliteConnection.ClearAllPools();
        Chattr("+i", app.DatabasePath);
        HttpStatusCode status;
        JsonElement body;
        try
        {
            (status, body) = await GetHealthAsync(client);
        }
        finally
        {
            Chattr("-i", app.DatabasePath);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("read-only: the database file cannot be written", body.GetProperty("database").GetProperty("description").GetString());
    }

    [SqliteFact]
    public async Task A_file_turned_unwritable_while_another_connection_reads_is_reported_read_only()
    {
        // SQLite keeps the descriptor of a connection closed while another holds a lock, and hands it to the next
        // open of the same file: a probe that only opened the file could write through a descriptor taken before.
        using var app = new FrontDeskApp();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetHealthAsync(client)).Status);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = app.DatabasePath }.ToString();
        await using var reader = new SqliteConnection(connectionString);
        await reader.OpenAsync();
        await using (var begin = reader.CreateCommand())
        {
            begin.CommandText = "BEGIN; SELECT COUNT(*) FROM Notifications;";
            await begin.ExecuteScalarAsync();
        }
        await using (var pooled = new SqliteConnection(connectionString))
        {
            await pooled.OpenAsync();
        }
        SqliteConnection.ClearAllPools();

        Chattr("+i", app.DatabasePath);
        HttpStatusCode status;
        JsonElement body;
        try
        {
            (status, body) = await GetHealthAsync(client);
        }
        finally
        {
            Chattr("-i", app.DatabasePath);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("read-only: the database file cannot be written", body.GetProperty("database").GetProperty("description").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static void Chattr(string flag, string path)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, $"chattr {flag} failed: {chattr.StandardError.ReadToEnd()}");
    }
}
