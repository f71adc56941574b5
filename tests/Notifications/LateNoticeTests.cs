using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Notifications;

// A notice is late by its age, not by a failed try: one that is only waiting (behind a hanging send in its chat, or
// never taken by a stuck sender) is reported to the desk once, in each staff member's language.
public class LateNoticeTests
{
    private const string English = "A notification to Alice (Contoso) is late: it was queued ";

    [Fact]
    public async Task Notices_waiting_behind_a_hanging_send_are_reported_to_the_desk_once_in_each_language()
    {
        // A minute, so the notices are late while the hanging send is still awaited (120 s) and nothing was retried.
        await using var outbox = new OutboxHarness(app => app.Settings["Notifications:LateAlertMinutes"] = "1");
        var alice = await outbox.TenantInChatAsync();
        var desk = await outbox.StaffInChatAsync("Desk");
        var lin = await outbox.StaffInChatAsync("Lin", "zh-CN");
        using var hang = new ManualResetEventSlim();
        var reached = new TaskCompletionSource();
        var posts = 0;
        outbox.Channel.Respond = call =>
        {
            if (call.ConversationId == alice.ConversationId && call.Method == "POST" && Interlocked.Increment(ref posts) == 1)
            {
                reached.TrySetResult();
                hang.Wait(TimeSpan.FromSeconds(60));
            }
            return null;
        };
        try
        {
            await outbox.EnqueueAsync("visit:1:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Carol has arrived.");
            await outbox.EnqueueAsync("visit:2:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Dan has arrived.", relatedTo: "visit:43");
            var drain = outbox.DrainAsync();
            await reached.Task.WaitAsync(TimeSpan.FromSeconds(20));
            // The send's timeout is set on the fake clock as the send starts: let that happen before the clock moves.
            await Task.Delay(200);
            outbox.Clock.Advance(TimeSpan.FromSeconds(90));
            await drain.WaitAsync(TimeSpan.FromSeconds(20));

            Assert.Equal(2, await outbox.Late.RunOnceAsync());
            await outbox.DrainAsync();
            // Later rounds find both already reported.
            outbox.Clock.Advance(TimeSpan.FromSeconds(20));
            Assert.Equal(0, await outbox.Late.RunOnceAsync());
            await outbox.DrainAsync();

            var alerts = outbox.DeliveredTo(desk).Where(c => c.Text?.StartsWith(English, StringComparison.Ordinal) == true).Select(c => c.Text!).ToList();
            Assert.Equal(2, alerts.Count);
            Assert.All(alerts, a => Assert.StartsWith(English + "2 minutes ago and has not reached them yet (it is waiting its turn, or for Teams to answer).", a, StringComparison.Ordinal));
            Assert.Contains(alerts, a => a.Contains("About: the notice of a visitor's arrival.", StringComparison.Ordinal));
            Assert.All(alerts, a => Assert.EndsWith("It will still be sent; if it is urgent, please contact them another way.", a, StringComparison.Ordinal));
            var chinese = outbox.DeliveredTo(lin).Where(c => c.Text?.StartsWith("发给", StringComparison.Ordinal) == true).Select(c => c.Text!).ToList();
            Assert.Equal(2, chinese.Count);
            Assert.All(chinese, c => Assert.Contains("已延迟：2 分钟前加入队列，至今仍未送达", c, StringComparison.Ordinal));
            Assert.Empty(outbox.TriedTo(alice));

            hang.Set();
            Assert.True(await OutboxHarness.EventuallyAsync(async () => (await outbox.RowAsync("visit:1:arrival")).Status == NotificationStatus.Sent,
                TimeSpan.FromSeconds(20)), "The late answer was not recorded.");
            await outbox.DrainUntilAsync(async () => (await outbox.RowAsync("visit:2:arrival")).Status == NotificationStatus.Sent, lateChecks: true);
            Assert.Equal(["Your visitor Carol has arrived.", "Your visitor Dan has arrived."], outbox.DeliveredTo(alice).Select(c => c.Text));
            Assert.Equal(2, outbox.DeliveredTo(desk).Count(c => c.Text?.StartsWith(English, StringComparison.Ordinal) == true));
        }
        finally
        {
            hang.Set();
        }
    }

    [Fact]
    public async Task A_notice_no_sender_takes_is_reported_once_even_after_a_restart_and_alerts_are_not_reported_about()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var desk = await outbox.StaffInChatAsync("Desk");
        var lin = await outbox.StaffInChatAsync("Lin", "zh-CN");
        await outbox.EnqueueAsync("mail:M-1:urgent", NotificationTarget.TeamsUser(alice.AadObjectId), "Urgent mail for you.", "mail.urgent", "mail:M-1");

        // The sender is stuck: nothing is drained. Four minutes is not late yet; six is.
        outbox.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await outbox.Late.RunOnceAsync());
        outbox.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await outbox.Late.RunOnceAsync());

        // A restarted process remembers nothing itself: the queued alert is what says the desk was told.
        var services = outbox.Teams.App.Services;
        var restarted = new LateNotices(services.GetRequiredService<LateNotifications>(), services.GetRequiredService<IDeskAlerts>(),
            services.GetRequiredService<IOptions<NotificationsOptions>>(), NullLogger<LateNotices>.Instance);
        Assert.Equal(0, await restarted.RunOnceAsync());

        // The alerts are late too by now (the sender is still stuck), but an alert is not reported about.
        outbox.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await outbox.Late.RunOnceAsync());
        Assert.Equal(0, await restarted.RunOnceAsync());

        await outbox.DrainUntilAsync(async () => (await outbox.RowsAsync()).All(r => r.Status == NotificationStatus.Sent), lateChecks: true);
        Assert.Equal(["Urgent mail for you."], outbox.DeliveredTo(alice).Select(c => c.Text));
        var alert = Assert.Single(outbox.DeliveredTo(desk), c => c.Text?.StartsWith("A notification", StringComparison.Ordinal) == true).Text!;
        Assert.StartsWith(English + "6 minutes ago and has not reached them yet", alert, StringComparison.Ordinal);
        Assert.Contains("About: the urgent-mail notice for M-1.", alert, StringComparison.Ordinal);
        Assert.Single(outbox.DeliveredTo(lin), c => c.Text?.StartsWith("发给", StringComparison.Ordinal) == true);
    }
}
