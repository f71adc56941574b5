using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Notifications;

public class OutboxRetryTests
{
    [Fact]
    public async Task A_429_is_not_retried_before_its_Retry_After_and_then_delivered()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var throttled = 0;
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && Interlocked.Increment(ref throttled) == 1
            ? new FakeReply(429, "TooManyRequests", RetryAfter: "30")
            : null;

        await outbox.EnqueueAsync("visit:42:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Bob has arrived.");
        await outbox.DrainAsync();

        var row = await outbox.RowAsync("visit:42:arrival");
        Assert.Equal(NotificationStatus.Retrying, row.Status);
        Assert.Equal(OutboxHarness.Start.AddSeconds(30), row.NextAttemptAt);
        Assert.Contains("429", row.LastError, StringComparison.Ordinal);

        outbox.Clock.Advance(TimeSpan.FromSeconds(29));
        await outbox.DrainAsync();
        Assert.Single(outbox.TriedTo(alice), c => c.Text == "Your visitor Bob has arrived.");

        outbox.Clock.Advance(TimeSpan.FromSeconds(1));
        await outbox.DrainAsync();
        var tries = outbox.TriedTo(alice).Where(c => c.Text == "Your visitor Bob has arrived.").ToList();
        Assert.Equal([429, 200], tries.Select(t => t.Status));
        Assert.Equal(OutboxHarness.Start.AddSeconds(30), tries[1].At);
        Assert.Equal(NotificationStatus.Sent, (await outbox.RowAsync("visit:42:arrival")).Status);
    }

    [Fact]
    public async Task Two_502s_are_retried_with_backoff_and_the_third_try_is_delivered_once()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var calls = 0;
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && Interlocked.Increment(ref calls) <= 2
            ? new FakeReply(502, "BadGateway")
            : null;

        await outbox.EnqueueAsync("mail:M-1:urgent", NotificationTarget.TeamsUser(alice.AadObjectId), "Urgent mail for you.");
        for (var pass = 1; pass <= 3; pass++)
        {
            await outbox.DrainAsync();
            var row = await outbox.RowAsync("mail:M-1:urgent");
            if (pass < 3)
            {
                Assert.Equal(NotificationStatus.Retrying, row.Status);
                Assert.Equal(pass, row.Attempts);
                // Full jitter: somewhere between now and 2 s · 2^(attempt-1).
                Assert.InRange(row.NextAttemptAt, outbox.Clock.GetUtcNow(), outbox.Clock.GetUtcNow().AddSeconds(2 * Math.Pow(2, pass - 1)));
                outbox.AdvanceTo(row.NextAttemptAt);
            }
        }

        Assert.Equal([502, 502, 200], outbox.TriedTo(alice).Where(c => c.Text == "Urgent mail for you.").Select(c => c.Status));
        var sent = await outbox.RowAsync("mail:M-1:urgent");
        Assert.Equal(NotificationStatus.Sent, sent.Status);
        Assert.Equal(3, sent.Attempts);
        Assert.Single(outbox.DeliveredTo(alice), c => c.Text == "Urgent mail for you.");
    }

    [Fact]
    public async Task A_403_marks_the_user_unreachable_and_their_chat_uninstalled_and_tells_the_desk_once()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var desk = await outbox.StaffInChatAsync("Desk");
        var lin = await outbox.StaffInChatAsync("Lin", "zh-CN");
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId ? new FakeReply(403, "BotDisabledByAdmin") : null;

        await outbox.EnqueueAsync("mail:M-2:urgent", NotificationTarget.TeamsUser(alice.AadObjectId), "Urgent mail for you.", "mail.urgent", "mail:M-2");
        await outbox.DrainAsync();
        await outbox.DrainAsync();
        await outbox.DrainAsync();

        var row = await outbox.RowAsync("mail:M-2:urgent");
        Assert.Equal(NotificationStatus.Unreachable, row.Status);
        Assert.Contains("403", row.LastError, StringComparison.Ordinal);
        Assert.Single(outbox.TriedTo(alice));
        var chat = await outbox.Teams.WithDbAsync(db => db.ConversationReferences.SingleAsync(r => r.ConversationId == alice.ConversationId));
        Assert.False(chat.Installed);
        var english = Assert.Single(outbox.DeliveredTo(desk), c => c.Text?.StartsWith("A notification", StringComparison.Ordinal) == true);
        Assert.Equal("A notification could not reach Alice (Contoso): they have blocked or removed the front-desk bot, or have never opened a chat with it. " +
                     "About: the urgent-mail notice for M-2. Please contact them another way.", english.Text);
        var chinese = Assert.Single(outbox.DeliveredTo(lin), c => c.Text?.StartsWith("一条通知", StringComparison.Ordinal) == true);
        Assert.Contains("无法送达 Alice (Contoso)", chinese.Text, StringComparison.Ordinal);

        // Later notifications to Alice find no chat and are unreachable without another try at Teams.
        await outbox.EnqueueAsync("mail:M-3:urgent", NotificationTarget.TeamsUser(alice.AadObjectId), "More urgent mail.", "mail.urgent", "mail:M-3");
        await outbox.DrainAsync();
        var next = await outbox.RowAsync("mail:M-3:urgent");
        Assert.Equal(NotificationStatus.Unreachable, next.Status);
        Assert.Equal(0, next.Attempts);
        Assert.Single(outbox.TriedTo(alice));
    }

    [Fact]
    public async Task Exhausted_attempts_dead_letter_the_notification_and_alert_the_desk_exactly_once()
    {
        await using var outbox = new OutboxHarness(app => app.Settings["Notifications:MaxAttempts"] = "4");
        var alice = await outbox.TenantInChatAsync();
        var desk = await outbox.StaffInChatAsync("Desk");
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId ? new FakeReply(504, "GatewayTimeout") : null;

        await outbox.EnqueueAsync("visit:42:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Bob has arrived.");
        for (var pass = 0; pass < 10; pass++)
        {
            await outbox.DrainAsync();
            outbox.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var row = await outbox.RowAsync("visit:42:arrival");
        Assert.Equal(NotificationStatus.DeadLetter, row.Status);
        Assert.Equal(4, row.Attempts);
        Assert.Equal(4, outbox.TriedTo(alice).Count);
        var alert = Assert.Single(outbox.DeliveredTo(desk), c => c.Text?.Contains("will not be retried", StringComparison.Ordinal) == true);
        Assert.Equal("A notification to Alice (Contoso) could not be delivered and will not be retried (attempts: 4). " +
                     "About: the notice of a visitor's arrival. Please follow up by hand.", alert.Text);
        Assert.Contains(await outbox.Teams.NotificationsWithStatusAsync(NotificationStatus.DeadLetter), n => n.Id == row.Id);
    }

    [Fact]
    public async Task A_rejected_activity_is_dead_lettered_at_once_and_a_failed_desk_alert_raises_no_further_alert()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var desk = await outbox.StaffInChatAsync("Desk");
        outbox.Channel.Respond = call => new FakeReply(400, "BadSyntax");

        await outbox.EnqueueAsync("visit:42:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Bob has arrived.");
        for (var pass = 0; pass < 5; pass++)
        {
            await outbox.DrainAsync();
            outbox.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var rows = await outbox.RowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(NotificationStatus.DeadLetter, r.Status));
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        Assert.Equal("desk.alert", rows[1].Kind);
        Assert.Single(outbox.TriedTo(alice));
        Assert.Single(outbox.TriedTo(desk), c => c.Status == 400);
    }

    [Fact]
    public async Task An_activity_that_cannot_be_read_is_dead_lettered_without_reaching_the_channel()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();

        await outbox.Teams.EnqueueAsync(new NotificationRequest("visit:5:arrival", NotificationTarget.TeamsUser(alice.AadObjectId),
            "{ not json", "visit.arrival", "visit:5"));
        await outbox.DrainAsync();

        var row = await outbox.RowAsync("visit:5:arrival");
        Assert.Equal(NotificationStatus.DeadLetter, row.Status);
        Assert.Contains("no readable activity", row.LastError, StringComparison.Ordinal);
        Assert.Empty(outbox.TriedTo(alice));
    }
}
