using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Notifications;

// A reply Teams refuses inside the user's own turn (429, 5xx) still reaches them, once, and they are not told
// that something went wrong.
public class TurnReplyTests
{
    private const string SomethingWentWrong = "Sorry, something went wrong on our side. Please try again; if it keeps happening, ask the front desk.";

    [Theory]
    [InlineData(429, "0")]
    [InlineData(502, null)]
    public async Task A_reply_refused_once_is_sent_again_within_the_turn(int status, string? retryAfter)
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var calls = 0;
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && Interlocked.Increment(ref calls) == 1
            ? new FakeReply(status, "Refused", retryAfter)
            : null;

        await outbox.Teams.SayAsync(alice, "help");

        Assert.Equal([status, 200], outbox.TriedTo(alice).Select(c => c.Status));
        var help = Assert.Single(outbox.DeliveredTo(alice));
        Assert.NotNull(help.Card);
        Assert.DoesNotContain(outbox.DeliveredTo(alice), c => c.Text == SomethingWentWrong);
    }

    [Fact]
    public async Task A_reply_Teams_wants_later_than_the_turn_can_wait_is_delivered_by_the_outbox()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var throttledUntil = OutboxHarness.Start.AddSeconds(30);
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId && outbox.Clock.GetUtcNow() < throttledUntil
            ? new FakeReply(429, "TooManyRequests", RetryAfter: "30")
            : null;

        await outbox.Teams.SayAsync(alice, "help");
        Assert.Empty(outbox.DeliveredTo(alice));

        outbox.Clock.Advance(TimeSpan.FromSeconds(30));
        await outbox.DrainAsync();

        var help = Assert.Single(outbox.DeliveredTo(alice));
        Assert.NotNull(help.Card);
        Assert.Equal(throttledUntil, help.At);
        Assert.DoesNotContain(outbox.DeliveredTo(alice), c => c.Text == SomethingWentWrong);
        Assert.Contains(await outbox.RowsAsync(), r => r.Kind == "turn.reply" && r.Status == NotificationStatus.Sent);
    }
}
