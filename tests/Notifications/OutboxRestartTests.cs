using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Notifications;

public class OutboxRestartTests
{
    [Fact]
    public async Task A_notification_left_in_Sending_by_a_crash_is_sent_once_after_a_restart_when_its_lease_ends()
    {
        var clock = new FakeTimeProvider(OutboxHarness.Start);
        await using var channel = new FakeTeamsChannel();
        var afterRestart = new FrontDeskApp(clock);
        TeamsUser alice;

        await using (var beforeCrash = new OutboxHarness(app => app.Settings["Database:Path"] = afterRestart.DatabasePath, channel, clock))
        {
            alice = await beforeCrash.TenantInChatAsync();
            await beforeCrash.EnqueueAsync("visit:42:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Bob has arrived.");
            // The sender claimed the row and the process died before it sent anything.
            var deliveries = beforeCrash.Teams.App.Services.GetRequiredService<OutboxDeliveries>();
            Assert.Single(await deliveries.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        }

        afterRestart.Settings["Notifications:SendInBackground"] = "false";
        await using var teams = new TeamsHarness(afterRestart, channel);
        var sender = teams.App.Services.GetRequiredService<FrontDesk.Bot.Notifications.NotificationSender>();
        var mark = channel.MarkCalls();

        clock.Advance(TimeSpan.FromMinutes(4));
        await sender.DrainOnceAsync();
        Assert.Empty(channel.CallsSince(mark));
        Assert.Equal(NotificationStatus.Sending, (await teams.NotificationAsync("visit:42:arrival"))?.Status);

        clock.Advance(TimeSpan.FromMinutes(1));
        await sender.DrainOnceAsync();
        await sender.DrainOnceAsync();

        var sent = Assert.Single(channel.CallsSince(mark));
        Assert.Equal(alice.ConversationId, sent.ConversationId);
        Assert.Equal("Your visitor Bob has arrived.", sent.Text);
        var row = await teams.NotificationAsync("visit:42:arrival");
        Assert.Equal(NotificationStatus.Sent, row?.Status);
        Assert.Null(row?.LeaseUntil);
    }
}
