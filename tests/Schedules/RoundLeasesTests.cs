using FrontDesk.Data.Schedules;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Schedules;

// A round's lease between two instances on one database: one holds it at a time, and the other gets it once the
// holder stops renewing.
public class RoundLeasesTests
{
    private static readonly TimeSpan Length = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task One_instance_holds_a_round_and_the_other_gets_it_when_the_lease_runs_out()
    {
        using var database = new TestDatabase();
        var leases = new RoundLeases(database, database.Clock);

        Assert.True(await leases.TakeAsync("rounds.mail", "a", Length));
        Assert.False(await leases.TakeAsync("rounds.mail", "b", Length));
        Assert.True(await leases.TakeAsync("rounds.visits", "b", Length));

        database.Clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await leases.RenewAsync("rounds.mail", "a", Length));
        database.Clock.Advance(TimeSpan.FromSeconds(40));
        Assert.False(await leases.TakeAsync("rounds.mail", "b", Length));

        // a dies: no more renewals.
        database.Clock.Advance(TimeSpan.FromSeconds(21));
        Assert.True(await leases.TakeAsync("rounds.mail", "b", Length));
        Assert.False(await leases.RenewAsync("rounds.mail", "a", Length));
    }

    [Fact]
    public async Task A_lease_given_back_is_the_next_askers_at_once()
    {
        using var database = new TestDatabase();
        var leases = new RoundLeases(database, database.Clock);
        Assert.True(await leases.TakeAsync("schedule.reports.daily", "a", Length));

        await leases.ReleaseAsync("schedule.reports.daily", "b");
        Assert.False(await leases.TakeAsync("schedule.reports.daily", "b", Length));
        await leases.ReleaseAsync("schedule.reports.daily", "a");
        Assert.True(await leases.TakeAsync("schedule.reports.daily", "b", Length));
    }

    [Fact]
    public async Task Of_instances_asking_at_once_for_a_round_nobody_held_yet_exactly_one_gets_it()
    {
        using var database = new TestDatabase();
        var leases = new RoundLeases(database, database.Clock);

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => leases.TakeAsync("rounds.training", $"i{i}", Length))));

        Assert.Single(taken, t => t);
    }

    // SQLite has one host per file, so another holder has stopped; on PostgreSQL it may be a live instance.
    [Fact]
    public async Task A_starting_host_takes_over_a_stopped_hosts_rounds_on_sqlite_and_waits_for_the_lease_on_postgres()
    {
        using var database = new TestDatabase();
        var leases = new RoundLeases(database, database.Clock);
        Assert.True(await leases.TakeAsync("rounds.visits", "before-the-restart", Length));

        await leases.ReleaseStoppedAsync("after-the-restart");

        Assert.Equal(!TestProvider.IsPostgres, await leases.TakeAsync("rounds.visits", "after-the-restart", Length));
    }
}
