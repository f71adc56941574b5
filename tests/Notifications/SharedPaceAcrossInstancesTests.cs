using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Notifications;

// The pace hosts share on PostgreSQL (SharedPace over SendPaces, one per host, one database) follows the rule of one
// host's (LocalPace): a tenant's sends that may wait are spaced evenly, and the first 1.05 s of a run (the first
// sends, or the first after a quiet minute) at half pace, whichever host books each slot.
public class SharedPaceAcrossInstancesTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);

    [PostgresFact]
    public async Task Two_hosts_sends_that_may_wait_start_at_half_pace_for_the_runs_first_window_then_go_evenly()
    {
        using var database = new TestDatabase();
        var options = new NotificationsOptions();
        SharedPace[] hosts = [new(new SendPaces(database), options), new(new SendPaces(database), options)];
        var alone = new LocalPace(new ConversationPacer(options), new TenantRateLimiter(options));

        var slots = new List<PaceDecision>();
        for (var i = 0; i < 70; i++)
        {
            slots.Add(await hosts[i % 2].TakeAsync($"msteams|{i}", "t", OutboxHarness.Start, Wait, CancellationToken.None));
        }

        // 42 ms apart for the run's first 1.05 s (26 slots), then one every 1.05 s / 50 = 21 ms: what one host does.
        var expected = Enumerable.Range(0, 70).Select(i => Go(i < 26
            ? OutboxHarness.Start + (i * TimeSpan.FromMilliseconds(42))
            : OutboxHarness.Start.AddSeconds(1.05) + ((i - 25) * TimeSpan.FromMilliseconds(21)))).ToList();
        Assert.Equal(expected, slots);
        Assert.Equal(Enumerable.Range(0, 70).Select(i => alone.Take($"msteams|{i}", "t", OutboxHarness.Start, Wait)), slots);
        // The next is 1.995 s off: with half a second's wait it comes back in line at 1.495 s.
        Assert.Equal(Later(OutboxHarness.Start.AddSeconds(1.495)),
            await hosts[0].TakeAsync("msteams|x", "t", OutboxHarness.Start, TimeSpan.FromSeconds(0.5), CancellationToken.None));
    }

    [PostgresFact]
    public async Task After_a_quiet_minute_the_tenant_starts_again_at_half_pace_on_either_host()
    {
        using var database = new TestDatabase();
        var options = new NotificationsOptions();
        SharedPace[] hosts = [new(new SendPaces(database), options), new(new SendPaces(database), options)];
        for (var i = 0; i < 60; i++)
        {
            await hosts[i % 2].TakeAsync($"msteams|{i}", "t", OutboxHarness.Start, Wait, CancellationToken.None);
        }
        var later = OutboxHarness.Start.AddMinutes(3);

        Assert.Equal(Go(later), await hosts[1].TakeAsync("msteams|a", "t", later, Wait, CancellationToken.None));
        Assert.Equal(Go(later.AddMilliseconds(42)), await hosts[0].TakeAsync("msteams|b", "t", later, Wait, CancellationToken.None));
        // Another tenant's run is its own.
        Assert.Equal(Go(later), await hosts[0].TakeAsync("msteams|c", "other", later, Wait, CancellationToken.None));
    }

    private static PaceDecision Go(DateTimeOffset at) => new PaceDecision.Go(at);

    private static PaceDecision Later(DateTimeOffset at) => new PaceDecision.Later(at);
}
