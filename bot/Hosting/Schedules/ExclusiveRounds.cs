using FrontDesk.Data.Schedules;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting.Schedules;

// Runs a round on one instance at a time, whichever asks first: it holds the round's lease while it works and renews
// it; another instance asking meanwhile skips its turn. An instance that dies stops renewing, and the round is the
// next instance's once the lease has run out. The same rule on SQLite (one host) and PostgreSQL (several).
public sealed class ExclusiveRounds(RoundLeases leases, IOptions<SchedulesOptions> options, TimeProvider clock, ILogger<ExclusiveRounds> logger)
{
    // This instance, as its leases name it (the process id lets an operator, or a test, tell the instances apart).
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private int _started;

    // False when another instance holds the round: nothing ran here.
    public async Task<bool> RunAsync(string round, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            await leases.ReleaseStoppedAsync(Instance, ct);
        }
        var length = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        if (!await leases.TakeAsync(round, Instance, length, ct))
        {
            return false;
        }
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = RenewAsync(round, length, lost, stopRenewing.Token);
        try
        {
            await work(lost.Token);
            return true;
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // Stopped because the lease was lost: the new holder carries on.
            return false;
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewing;
            // Given back even on shutdown, so another instance need not wait out the lease.
            await leases.ReleaseAsync(round, Instance, CancellationToken.None);
        }
    }

    // The rounds' one loop: the round every `every` of real time (its work reads the app's clock, so tests move a fake
    // clock and call the round themselves), on one instance at a time; a round that fails is logged under the name
    // given and runs again at the next tick.
    public async Task RepeatAsync(string round, string name, TimeSpan every, Func<CancellationToken, Task> work, ILogger logger,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunAsync(round, work, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The {Round} round failed; it runs again at the next tick", name);
            }
        }
    }

    // A third of the lease between renewals; a lost lease stops the work before it could overlap the new holder's.
    private async Task RenewAsync(string round, TimeSpan length, CancellationTokenSource lost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(length / 3, clock, stop);
                if (!await leases.RenewAsync(round, Instance, length, stop))
                {
                    logger.LogWarning("The {Round} round's lease went to another instance; this one stops", round);
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The work is done.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not renew the {Round} round's lease; this instance stops the round", round);
            await lost.CancelAsync();
        }
    }
}
