using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Notifications;

public class OutboxRestartTests
{
    [Fact]
    public async Task Notices_a_crashed_sender_had_claimed_reach_the_host_within_10_seconds_of_the_restart_each_once()
    {
        // The crashed process keeps its own clock, which never moves again: its timers (lease renewal,
        // send timeout) are as dead as it is. Its database and the Teams channel are shared with the restart.
        var crashedClock = new FakeTimeProvider(OutboxHarness.Start);
        var restartClock = new FakeTimeProvider(OutboxHarness.Start.AddSeconds(2));
        await using var channel = new FakeTeamsChannel();
        var afterRestart = new FrontDeskApp(restartClock);
        using var frozen = new ManualResetEventSlim();
        string[] notices = ["Your visitor Bob has arrived.", "Your visitor Carol has arrived.", "Urgent mail for you."];

        await using var crashed = new OutboxHarness(app => app.Settings["Database:Path"] = afterRestart.DatabasePath, channel, crashedClock);
        try
        {
            var alice = await crashed.TenantInChatAsync();
            var reached = new TaskCompletionSource();
            var first = 0;
            // The first send hangs in the channel when the process dies, and never arrives.
            channel.Respond = call =>
            {
                if (call.ConversationId != alice.ConversationId || call.Method != "POST" || Interlocked.Increment(ref first) != 1)
                {
                    return null;
                }
                reached.TrySetResult();
                frozen.Wait(TimeSpan.FromSeconds(60));
                return new FakeReply(503);
            };
            for (var i = 0; i < notices.Length; i++)
            {
                await crashed.EnqueueAsync($"visit:{i}:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), notices[i]);
            }
            _ = crashed.DrainAsync();
            await reached.Task.WaitAsync(TimeSpan.FromSeconds(20));

            afterRestart.Settings["Notifications:SendInBackground"] = "false";
            await using var teams = new TeamsHarness(afterRestart, channel);
            channel.Clock = restartClock;
            var sender = teams.App.Services.GetRequiredService<NotificationSender>();
            var mark = channel.MarkCalls();
            var restartedAt = restartClock.GetUtcNow();
            for (var second = 0; second <= 10; second++)
            {
                await sender.DrainOnceAsync();
                restartClock.Advance(TimeSpan.FromSeconds(1));
            }

            var delivered = channel.CallsSince(mark).Where(c => c.ConversationId == alice.ConversationId && c.Status == 200).ToList();
            Assert.Equal(notices, delivered.Select(c => c.Text));
            // Each carries its notification's key, so a second copy would show in the channel as the same key twice.
            Assert.Equal(["visit:0:arrival", "visit:1:arrival", "visit:2:arrival"], delivered.Select(c => (string?)c.Body?["channelData"]?["frontDeskNotificationKey"]));
            Assert.All(delivered, c => Assert.InRange(c.At, restartedAt, restartedAt.AddSeconds(10)));
            for (var i = 0; i < notices.Length; i++)
            {
                Assert.Equal(NotificationStatus.Sent, (await teams.NotificationAsync($"visit:{i}:arrival"))?.Status);
            }
        }
        finally
        {
            frozen.Set();
        }
    }
}
