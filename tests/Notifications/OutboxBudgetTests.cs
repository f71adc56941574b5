using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Notifications;

// Retries are timed, not counted: each kind of notice is worth trying for its own time, whatever the channel says.
public class OutboxBudgetTests
{
    [Fact]
    public async Task A_ten_minute_connector_outage_does_not_dead_letter_a_hosts_arrival_card()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var outageEnds = OutboxHarness.Start.AddMinutes(10);
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && outbox.Clock.GetUtcNow() < outageEnds
            ? new FakeReply(503, "ServiceUnavailable")
            : null;

        await outbox.EnqueueAsync("visit:42:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Bob has arrived.");
        await outbox.DrainUntilAsync(async () => (await outbox.RowAsync("visit:42:arrival")).Status is not (NotificationStatus.Pending or NotificationStatus.Retrying));

        var row = await outbox.RowAsync("visit:42:arrival");
        Assert.Equal(NotificationStatus.Sent, row.Status);
        Assert.True(row.Attempts > 8, $"only {row.Attempts} attempts");
        var delivered = Assert.Single(outbox.DeliveredTo(alice));
        Assert.Equal("Your visitor Bob has arrived.", delivered.Text);
        // Backoff is capped at 10 minutes, so the card arrives at most that long after the outage.
        Assert.InRange(delivered.At, outageEnds, outageEnds.AddMinutes(10));
    }

    [Fact]
    public async Task A_Retry_After_of_a_day_is_cut_to_ten_minutes()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var calls = 0;
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && Interlocked.Increment(ref calls) == 1
            ? new FakeReply(429, "TooManyRequests", RetryAfter: "86400")
            : null;

        await outbox.EnqueueAsync("mail:M-1:urgent", NotificationTarget.TeamsUser(alice.AadObjectId), "Urgent mail for you.", "mail.urgent", "mail:M-1");
        await outbox.DrainAsync();

        Assert.Equal(OutboxHarness.Start.AddMinutes(10), (await outbox.RowAsync("mail:M-1:urgent")).NextAttemptAt);
        outbox.Clock.Advance(TimeSpan.FromMinutes(10));
        await outbox.DrainAsync();
        var delivered = Assert.Single(outbox.DeliveredTo(alice));
        Assert.Equal(OutboxHarness.Start.AddMinutes(10), delivered.At);
    }

    [Fact]
    public async Task A_notice_later_than_five_minutes_tells_the_desk_once_and_is_still_delivered()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var desk = await outbox.StaffInChatAsync("Desk");
        var lin = await outbox.StaffInChatAsync("Lin", "zh-CN");
        var outageEnds = OutboxHarness.Start.AddMinutes(30);
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && outbox.Clock.GetUtcNow() < outageEnds
            ? new FakeReply(502, "BadGateway")
            : null;

        await outbox.EnqueueAsync("visit:42:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Bob has arrived.");
        await outbox.DrainUntilAsync(async () => (await outbox.RowAsync("visit:42:arrival")).Status == NotificationStatus.Sent, lateChecks: true);
        await outbox.Late.RunOnceAsync();
        await outbox.DrainAsync();

        Assert.Single(outbox.DeliveredTo(alice));
        var alert = Assert.Single(outbox.DeliveredTo(desk), c => c.Text?.StartsWith("A notification", StringComparison.Ordinal) == true).Text!;
        Assert.StartsWith("A notification to Alice (Contoso) is late: it was queued ", alert, StringComparison.Ordinal);
        Assert.EndsWith("About: the notice of a visitor's arrival. It is still being retried; if it is urgent, please contact them another way.", alert, StringComparison.Ordinal);
        var chinese = Assert.Single(outbox.DeliveredTo(lin), c => c.Text?.StartsWith("发给", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("已延迟", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain(await outbox.RowsAsync(), r => r.Status == NotificationStatus.DeadLetter);
    }

    [Fact]
    public async Task A_daily_summary_is_tried_for_six_hours_then_dead_lettered()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId ? new FakeReply(503, "ServiceUnavailable") : null;

        await outbox.EnqueueAsync("reports.daily:2026-11-30:alice", NotificationTarget.TeamsUser(alice.AadObjectId), "Daily summary.", "reports.daily", null);
        await outbox.DrainUntilAsync(async () => (await outbox.RowAsync("reports.daily:2026-11-30:alice")).Status == NotificationStatus.DeadLetter);

        Assert.Equal(NotificationStatus.DeadLetter, (await outbox.RowAsync("reports.daily:2026-11-30:alice")).Status);
        Assert.InRange(outbox.TriedTo(alice)[^1].At, OutboxHarness.Start.AddHours(6), OutboxHarness.Start.AddHours(6).AddMinutes(10));
    }
}
