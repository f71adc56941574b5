using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Notifications;

public class OutboxPacingTests
{
    [Fact]
    public async Task Seventy_notifications_to_one_chat_keep_Teams_limits_of_7_a_second_8_in_2_seconds_and_60_in_30_seconds_and_their_order()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        for (var i = 1; i <= 70; i++)
        {
            await outbox.EnqueueAsync($"mail:M-{i}:notice", NotificationTarget.TeamsUser(alice.AadObjectId), $"Mail item {i} is waiting.");
        }

        await outbox.DrainUntilAsync(() => Task.FromResult(outbox.DeliveredTo(alice).Count == 70), passes: 100);

        var sends = outbox.TriedTo(alice);
        Assert.Equal(70, sends.Count);
        Assert.All(sends, s => Assert.Equal(200, s.Status));
        Assert.Equal(Enumerable.Range(1, 70).Select(i => $"Mail item {i} is waiting."), sends.Select(s => s.Text));
        foreach (var send in sends)
        {
            Assert.InRange(sends.Count(s => s.At >= send.At && s.At < send.At.AddSeconds(1)), 1, 7);
            Assert.InRange(sends.Count(s => s.At >= send.At && s.At < send.At.AddSeconds(2)), 1, 8);
            Assert.InRange(sends.Count(s => s.At >= send.At && s.At < send.At.AddSeconds(30)), 1, 60);
        }
        // Not slower than needed either: the 61st waits for the first to leave the 30-second window.
        Assert.Equal(OutboxHarness.Start, sends[0].At);
        Assert.Equal(OutboxHarness.Start.AddSeconds(1), sends[7].At);
        Assert.Equal(OutboxHarness.Start.AddSeconds(2), sends[8].At);
        Assert.Equal(OutboxHarness.Start.AddSeconds(30), sends[60].At);
        Assert.All(await outbox.RowsAsync(), r => Assert.Equal(1, r.Attempts));
    }
}
