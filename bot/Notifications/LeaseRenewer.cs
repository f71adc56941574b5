using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// Keeps a claimed row's short lease alive while its send runs (renewed every third of the lease), so a
// slow send is not taken by another pass, yet a crashed process's rows fall due again within one lease.
public sealed class LeaseRenewer(OutboxDeliveries deliveries, IOptions<NotificationsOptions> options, TimeProvider clock, ILogger<LeaseRenewer> logger)
{
    public IAsyncDisposable Hold(long id)
    {
        var hold = new LeaseHold();
        hold.Loop = RenewAsync(id, hold.Stop.Token);
        return hold;
    }

    private async Task RenewAsync(long id, CancellationToken stop)
    {
        var lease = options.Value.Lease;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(lease / 3, clock, stop);
                await deliveries.RenewLeaseAsync(id, clock.GetUtcNow() + lease, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A busy database: the next renewal tries again before the lease runs out.
                logger.LogWarning(e, "Could not renew the lease of notification {Id}", id);
            }
        }
    }

    private sealed class LeaseHold : IAsyncDisposable
    {
        public CancellationTokenSource Stop { get; } = new();

        public Task Loop { get; set; } = Task.CompletedTask;

        public async ValueTask DisposeAsync()
        {
            await Stop.CancelAsync();
            await Loop;
            Stop.Dispose();
        }
    }
}
