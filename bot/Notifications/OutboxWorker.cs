using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// Drains the outbox in the background: at start (what a previous run left pending), whenever something is
// enqueued in this process, when the next retry falls due, and at least every poll interval.
public sealed class OutboxWorker(
    NotificationSender sender,
    OutboxDeliveries deliveries,
    OutboxSignal signal,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SendInBackground)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.DrainOnceAsync(stoppingToken);
                await WaitForWorkAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; the rows stay and the next pass picks them up.
                logger.LogError(e, "Draining the notification outbox failed");
                await Task.Delay(options.Value.Poll, clock, stoppingToken);
            }
        }
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        var wait = options.Value.Poll;
        if (await deliveries.NextDueAsync(stoppingToken) is { } due)
        {
            var untilDue = due - clock.GetUtcNow();
            wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < wait ? untilDue : wait;
        }
        using var woken = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(wait, clock, woken.Token);
        var enqueued = signal.WaitAsync(woken.Token);
        await Task.WhenAny(timer, enqueued);
        await woken.CancelAsync();
    }
}
