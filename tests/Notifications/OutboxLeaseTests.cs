using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Notifications;

// The outbox claims only what it is about to send, under a short lease that is renewed while the send runs: a crash
// strands few rows for little time, and a slow send is never taken by another claim meanwhile.
public class OutboxLeaseTests
{
    [Fact]
    public async Task A_send_slower_than_its_lease_keeps_its_claim_and_no_other_claim_takes_the_row()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        using var hang = new ManualResetEventSlim();
        var posts = 0;
        outbox.Channel.Respond = call =>
        {
            if (call.ConversationId == alice.ConversationId && call.Method == "POST" && Interlocked.Increment(ref posts) == 1)
            {
                hang.Wait(TimeSpan.FromSeconds(60));
            }
            return null;
        };
        try
        {
            await outbox.EnqueueAsync("visit:1:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Carol has arrived.");
            var drain = outbox.DrainAsync();
            Assert.True(await OutboxHarness.EventuallyAsync(async () => (await outbox.RowAsync("visit:1:arrival")).Status == NotificationStatus.Sending,
                TimeSpan.FromSeconds(20)), "The notice was not claimed.");
            var claimedAt = outbox.Clock.GetUtcNow();
            var deliveries = outbox.Teams.App.Services.GetRequiredService<OutboxDeliveries>();

            // Three leases (10 s each) pass while the send hangs; at each step another pass (another instance: it knows
            // nothing of this one's sends in flight) finds the row still held.
            for (var step = 1; step <= 15; step++)
            {
                outbox.Clock.Advance(TimeSpan.FromSeconds(2));
                var now = outbox.Clock.GetUtcNow();
                Assert.True(await OutboxHarness.EventuallyAsync(async () => (await outbox.RowAsync("visit:1:arrival")).LeaseUntil > now, TimeSpan.FromSeconds(10)),
                    $"The lease ran out {now - claimedAt} after the claim while the send was still running.");
                Assert.Empty(await deliveries.ClaimNextAsync(16, TimeSpan.FromSeconds(10)));
            }
            await drain.WaitAsync(TimeSpan.FromSeconds(20));

            hang.Set();
            Assert.True(await OutboxHarness.EventuallyAsync(async () => (await outbox.RowAsync("visit:1:arrival")).Status == NotificationStatus.Sent,
                TimeSpan.FromSeconds(20)), "The slow send was not recorded.");
            await outbox.DrainAsync();
            Assert.Equal(["Your visitor Carol has arrived."], outbox.TriedTo(alice).Select(c => c.Text));
        }
        finally
        {
            hang.Set();
        }
    }

    [Fact]
    public async Task A_claim_takes_only_as_many_rows_as_can_be_sent_at_once()
    {
        await using var outbox = new OutboxHarness(app => app.Settings["Notifications:MaxConcurrentSends"] = "4");
        var alice = await outbox.TenantInChatAsync();
        var chats = await outbox.GroupChatsLikeAsync(alice, 12);
        using var hang = new ManualResetEventSlim();
        var reached = 0;
        // Every chat hangs until let go, so what is claimed stays claimed while the test looks.
        outbox.Channel.Respond = call =>
        {
            if (call.Method == "POST" && call.ConversationId?.StartsWith("19:chat-", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref reached);
                hang.Wait(TimeSpan.FromSeconds(60));
            }
            return null;
        };
        try
        {
            foreach (var chat in chats)
            {
                await outbox.EnqueueAsync($"drill:{chat}", NotificationTarget.TeamsConversation(chat), "Fire drill at 3 pm.", "building.drill", null);
            }
            var drain = outbox.DrainAsync();
            Assert.True(await OutboxHarness.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref reached) == 4), TimeSpan.FromSeconds(20)),
                "Four sends did not start.");
            // Give a claim that would take more the time to do it.
            await Task.Delay(300);

            var rows = await outbox.RowsAsync();
            Assert.Equal(4, rows.Count(r => r.Status == NotificationStatus.Sending));
            Assert.Equal(8, rows.Count(r => r.Status == NotificationStatus.Pending));
            Assert.Equal(4, Volatile.Read(ref reached));

            hang.Set();
            await drain.WaitAsync(TimeSpan.FromSeconds(30));
            await outbox.DrainUntilAsync(async () => (await outbox.RowsAsync()).All(r => r.Status == NotificationStatus.Sent));
            Assert.Equal(12, outbox.Channel.Delivered.Count(c => c.Text == "Fire drill at 3 pm."));
        }
        finally
        {
            hang.Set();
        }
    }
}
