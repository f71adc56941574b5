using System.Collections.Concurrent;
using FrontDesk.Bot.Hosting;
using FrontDesk.Bot.Hosting.Telemetry;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Lobby;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FrontDesk.Tests.Hosting;

[Collection(HandBuiltHosts.Name)]
public class TelemetryTests
{
    [Fact]
    public async Task A_Teams_turn_records_its_latency_with_the_task_that_answered_and_its_log_lines_carry_the_conversation_and_activity()
    {
        var app = new LoggedApp();
        await using var teams = new TeamsHarness(app);
        using var metrics = new RecordedMetrics(app.Services);
        var alice = await teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");

        var message = alice.Message(teams.Channel.ServiceUrl, "invite");
        await teams.PostAsync(message);
        await teams.SayAsync(alice, "what is the weather");

        var turns = metrics.Of("frontdesk.turn.duration").ToList();
        Assert.Contains(turns, t => (string?)t.Tags["task"] == "InviteTask" && (string?)t.Tags["channel"] == "msteams" && (string?)t.Tags["outcome"] == "ok" && t.Value > 0);
        Assert.Contains(turns, t => (string?)t.Tags["task"] == "unknown");
        var linked = Assert.Single(app.Logs.Entries, e => e.Message.StartsWith("Linked Teams user", StringComparison.Ordinal));
        var scope = Assert.Single(linked.Scopes.OfType<TurnScope>());
        Assert.Contains(new KeyValuePair<string, object?>("ConversationId", alice.ConversationId), scope);
        Assert.Contains(new KeyValuePair<string, object?>("ActivityId", (string?)message["id"]), scope);
    }

    [Fact]
    public async Task A_kiosk_turn_records_its_latency_with_the_flow_and_step()
    {
        await using var h = new KioskHarness();
        using var metrics = new RecordedMetrics(h.Teams.App.Services);
        var visitor = await h.VisitorAsync();

        await visitor.TapAsync(KioskActions.WalkIn.FlowName);

        Assert.Contains(metrics.Of("frontdesk.turn.duration"), t => (string?)t.Tags["task"] == "kiosk.walkin" && (string?)t.Tags["channel"] == "directline");
    }

    [Fact]
    public async Task The_outbox_gauges_read_the_outbox_in_the_database()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        await using var teams = new TeamsHarness(app);
        using var metrics = new RecordedMetrics(app.Services);
        var alice = TeamsUser.Create("Alice Wang", "alice@contoso.com");
        await teams.EnqueueAsync(new NotificationRequest("gauge:1", NotificationTarget.TeamsUser(alice.AadObjectId), "{}", "visit.arrival"));
        clock.Advance(TimeSpan.FromSeconds(45));
        await teams.EnqueueAsync(new NotificationRequest("gauge:2", NotificationTarget.TeamsUser(alice.AadObjectId), "{}", "mail.urgent"));
        var dead = await teams.EnqueueAsync(new NotificationRequest("gauge:3", NotificationTarget.TeamsUser(alice.AadObjectId), "{}", "mail.urgent"));
        await teams.WithDbAsync(db => db.Notifications.Where(n => n.Id == dead.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.DeadLetter)));

        metrics.Collect();

        Assert.Equal(2, Assert.Single(metrics.Of("frontdesk.outbox.depth")).Value);
        Assert.Equal(45, Assert.Single(metrics.Of("frontdesk.outbox.oldest_due_age")).Value);
        Assert.Equal(1, Assert.Single(metrics.Of("frontdesk.outbox.dead_letter_backlog")).Value);
    }

    // The counters as the outbox moves them: a notice Teams refuses once (500) and then takes.
    [Fact]
    public async Task The_outbox_counts_its_sends_by_result_and_its_retries_by_kind()
    {
        await using var outbox = new FrontDesk.Tests.Notifications.OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        using var metrics = new RecordedMetrics(outbox.Teams.App.Services);
        var posts = 0;
        outbox.Channel.Respond = call =>
            call.ConversationId == alice.ConversationId && call.Method == "POST" && Interlocked.Increment(ref posts) == 1 ? new FakeReply(500) : null;

        await outbox.EnqueueAsync("visit:1:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Carol has arrived.");
        await outbox.DrainUntilAsync(async () => (await outbox.RowAsync("visit:1:arrival")).Status == NotificationStatus.Sent);

        Assert.Equal(["failed", "sent"], metrics.Of("frontdesk.outbox.sends").Select(m => (string?)m.Tags["result"]));
        Assert.All(metrics.Of("frontdesk.outbox.sends"), m => Assert.Equal("visit.arrival", m.Tags["kind"]));
        Assert.Equal("visit.arrival", Assert.Single(metrics.Of("frontdesk.outbox.retries")).Tags["kind"]);
        Assert.Empty(metrics.Of("frontdesk.outbox.dead_letters"));
    }

    // A notice Teams refuses for good (400) is dead-lettered, and the counter says so with its kind.
    [Fact]
    public async Task A_dead_lettered_notice_raises_the_dead_letter_counter_by_its_kind()
    {
        await using var outbox = new FrontDesk.Tests.Notifications.OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        using var metrics = new RecordedMetrics(outbox.Teams.App.Services);
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && call.Method == "POST" ? new FakeReply(400, "BadArgument") : null;

        await outbox.EnqueueAsync("mail:M-1:urgent", NotificationTarget.TeamsUser(alice.AadObjectId), "Urgent mail for you.", "mail.urgent", "mail:M-1");
        await outbox.DrainAsync();

        Assert.Equal(NotificationStatus.DeadLetter, (await outbox.RowAsync("mail:M-1:urgent")).Status);
        var dead = Assert.Single(metrics.Of("frontdesk.outbox.dead_letters"));
        Assert.Equal(1, dead.Value);
        Assert.Equal("mail.urgent", dead.Tags["kind"]);
        Assert.Contains(metrics.Of("frontdesk.outbox.sends"), m => (string?)m.Tags["result"] == "rejected" && (string?)m.Tags["kind"] == "mail.urgent");
    }

    // The span a collector receives for a turn names the conversation and the activity it answered.
    [Fact]
    public async Task A_turn_span_carries_the_conversation_and_activity_ids()
    {
        var spans = new ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == FrontDeskTelemetry.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) =>
                System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        await using var teams = new TeamsHarness(new FrontDeskApp());
        var alice = await teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");

        var message = alice.Message(teams.Channel.ServiceUrl, "invite");
        await teams.PostAsync(message);

        // The source is shared by every app in the test process: this test's turn is the one for Alice's message.
        var turn = Assert.Single(spans, s => s.OperationName == "bot.turn" && (string?)s.GetTagItem("frontdesk.activity_id") == (string?)message["id"]);
        Assert.Equal(alice.ConversationId, turn.GetTagItem("frontdesk.conversation_id"));
        Assert.Equal("InviteTask", turn.GetTagItem("frontdesk.task"));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Ok, turn.Status);
    }

    [Fact]
    public void Nothing_is_exported_unless_an_OTLP_endpoint_is_configured()
    {
        using var app = new FrontDeskApp();
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_turn_traces_and_metrics_reach_the_collector()
    {
        await using var collector = await FakeCollector.StartAsync();
        var app = new FrontDeskApp();
        app.Settings[TelemetrySetup.EndpointSetting] = collector.Url;
        app.Settings[TelemetrySetup.ProtocolSetting] = "http/protobuf";
        await using var teams = new TeamsHarness(app);
        var alice = await teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");

        await teams.SayAsync(alice, "invite");
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Assert.Contains(collector.Received, r => r.Path == "/v1/traces" && r.Body.Contains("bot.turn", StringComparison.Ordinal) && r.Body.Contains("InviteTask", StringComparison.Ordinal));
        Assert.Contains(collector.Received, r => r.Path == "/v1/metrics" && r.Body.Contains("frontdesk.turn.duration", StringComparison.Ordinal));
    }

    // The app with its log lines kept (and the scopes open at the time).
    private sealed class LoggedApp : FrontDeskApp
    {
        public RecordedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }
    }

    // An OTLP/HTTP receiver on loopback that keeps each export's path and body (protobuf keeps strings as UTF-8).
    private sealed class FakeCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FakeCollector(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        public string Url { get; }

        public ConcurrentQueue<(string Path, string Body)> Received { get; } = new();

        public static async Task<FakeCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            FakeCollector? collector = null;
            app.MapPost("/{**path}", async (HttpContext http) =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                collector!.Received.Enqueue((http.Request.Path, System.Text.Encoding.UTF8.GetString(body.ToArray())));
                return Results.Ok();
            });
            await app.StartAsync();
            collector = new FakeCollector(app, app.Urls.First());
            return collector;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
