using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Notifications;

public class OutboxConcurrencyTests
{
    [Fact]
    public async Task A_hanging_chat_holds_up_no_other_host_and_its_notice_answered_late_is_delivered_once_and_before_the_next()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync("Alice", "Contoso");
        var bob = await outbox.TenantInChatAsync("Bob", "Fabrikam");
        using var hang = new ManualResetEventSlim();
        var posts = 0;
        // Alice's chat hangs on the first send; when it lets go, Teams has taken that message after all.
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
            await outbox.EnqueueAsync("visit:1:waiting", NotificationTarget.TeamsUser(alice.AadObjectId), "Carol is still waiting.");
            await outbox.EnqueueAsync("mail:M-1:urgent", NotificationTarget.TeamsUser(bob.AadObjectId), "Urgent mail for you.", "mail.urgent", "mail:M-1");

            var drain = outbox.DrainAsync();
            Assert.True(await OutboxHarness.EventuallyAsync(() => Task.FromResult(outbox.DeliveredTo(bob).Any(c => c.Text == "Urgent mail for you.")),
                TimeSpan.FromSeconds(20)), "Bob's urgent notice waited for Alice's hanging chat.");
            Assert.Empty(outbox.DeliveredTo(alice));

            // The send timeout (15 s) gives the pass back; Alice's chat keeps its place and sends nothing more.
            outbox.Clock.Advance(TimeSpan.FromSeconds(15));
            await drain.WaitAsync(TimeSpan.FromSeconds(20));
            await outbox.DrainAsync();
            // The channel records a call once it answers: nothing else was sent to Alice meanwhile.
            Assert.Empty(outbox.TriedTo(alice));
            Assert.Equal(NotificationStatus.Sending, (await outbox.RowAsync("visit:1:arrival")).Status);

            hang.Set();
            Assert.True(await OutboxHarness.EventuallyAsync(async () => (await outbox.RowAsync("visit:1:arrival")).Status == NotificationStatus.Sent,
                TimeSpan.FromSeconds(20)), "The late answer was not recorded.");
            for (var pass = 0; pass < 5; pass++)
            {
                await outbox.DrainAsync();
                outbox.Clock.Advance(TimeSpan.FromMinutes(1));
            }

            Assert.Equal(["Your visitor Carol has arrived.", "Carol is still waiting."], outbox.TriedTo(alice).Select(c => c.Text));
            Assert.Equal(["Your visitor Carol has arrived.", "Carol is still waiting."], outbox.DeliveredTo(alice).Select(c => c.Text));
            var arrival = await outbox.RowAsync("visit:1:arrival");
            Assert.Equal(outbox.DeliveredTo(alice)[0].SentId, arrival.SentActivityId);
            Assert.Equal(NotificationStatus.Sent, (await outbox.RowAsync("visit:1:waiting")).Status);
        }
        finally
        {
            hang.Set();
        }
    }

    [Fact]
    public async Task A_send_given_up_after_its_wait_is_tried_again_and_the_host_is_not_sent_an_apology()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync("Alice", "Contoso");
        using var hang = new ManualResetEventSlim();
        var posts = 0;
        // Alice's chat hangs on the first send and never takes it.
        outbox.Channel.Respond = call =>
        {
            if (call.ConversationId == alice.ConversationId && call.Method == "POST" && Interlocked.Increment(ref posts) == 1)
            {
                hang.Wait(TimeSpan.FromSeconds(60));
                return new FakeReply(500);
            }
            return null;
        };
        try
        {
            await outbox.EnqueueAsync("visit:1:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Carol has arrived.");
            var drain = outbox.DrainAsync();
            await Task.Delay(200);
            // Past the send timeout (15 s) and the wait for a late answer (120 s): the send is given up.
            outbox.Clock.Advance(TimeSpan.FromSeconds(15));
            await drain.WaitAsync(TimeSpan.FromSeconds(20));
            outbox.Clock.Advance(TimeSpan.FromSeconds(120));
            Assert.True(await OutboxHarness.EventuallyAsync(async () => (await outbox.RowAsync("visit:1:arrival")).Status == NotificationStatus.Retrying,
                TimeSpan.FromSeconds(20)), "The unanswered send was not given up.");

            await outbox.DrainUntilAsync(async () => (await outbox.RowAsync("visit:1:arrival")).Status == NotificationStatus.Sent);
            var error = FrontDesk.Cards.Localization.Catalog.Default.For("en")["common.error"];
            Assert.DoesNotContain(outbox.TriedTo(alice), c => c.Text == error);
            Assert.Equal(["Your visitor Carol has arrived."], outbox.DeliveredTo(alice).Select(c => c.Text));
        }
        finally
        {
            hang.Set();
        }
    }

    [Fact]
    public async Task A_notice_to_sixty_chats_at_once_keeps_the_apps_limit_of_50_requests_a_second()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var chats = await outbox.GroupChatsLikeAsync(alice, 59);
        await outbox.EnqueueAsync("drill:alice", NotificationTarget.TeamsUser(alice.AadObjectId), "Fire drill at 3 pm.", "building.drill", null);
        foreach (var chat in chats)
        {
            await outbox.EnqueueAsync($"drill:{chat}", NotificationTarget.TeamsConversation(chat), "Fire drill at 3 pm.", "building.drill", null);
        }

        await outbox.DrainUntilAsync(() => Task.FromResult(outbox.Channel.Delivered.Count(c => c.Text == "Fire drill at 3 pm.") == 60), passes: 20);

        var sends = outbox.Channel.Activities.Where(c => c.Text == "Fire drill at 3 pm.").ToList();
        Assert.Equal(60, sends.Count);
        Assert.All(sends, s => Assert.Equal(200, s.Status));
        Assert.Equal(60, sends.Select(s => s.ConversationId).Distinct().Count());
        foreach (var send in sends)
        {
            Assert.InRange(sends.Count(s => s.At >= send.At && s.At < send.At.AddSeconds(1)), 1, 50);
        }
        // No slower than the limit either: 50 at once, the other 10 when the tenant's window (1 s and 50 ms) frees.
        Assert.Equal(50, sends.Count(s => s.At == OutboxHarness.Start));
        Assert.Equal(10, sends.Count(s => s.At == OutboxHarness.Start.AddSeconds(1.05)));
    }
}
