using System.Collections.Concurrent;
using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// One row's send: its lease held while it runs, and settled as soon as the channel answers. A send not
// answered within the send timeout gives its place back to the sender but keeps its row (and so its
// conversation) until the answer comes or the wait ends: a send that may still arrive is never posted twice.
public sealed class NotificationSend(
    ProactiveDelivery delivery,
    DeliveryOutcomes outcomes,
    LeaseRenewer leases,
    OutboxSignal signal,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<NotificationSend> logger)
{
    private readonly NotificationsOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _unanswered = [];
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();

    // Rows with a send running in this process (answered in time or not).
    public IReadOnlyCollection<long> InFlight => [.. _inFlight.Keys];

    // The result when the channel answered in time; null when the send is still awaited in the background.
    public async Task<DeliveryResult?> RunAsync(Notification row, CancellationToken ct)
    {
        var sending = SendAndSettleAsync(row, ct);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var first = await Task.WhenAny(sending, Task.Delay(_options.SendTimeout, clock, timer.Token));
        await timer.CancelAsync();
        if (first == sending)
        {
            return await sending;
        }
        logger.LogWarning("Notification {Id} ({Kind}) got no answer within {Timeout}; its conversation waits for it (up to {Wait}), the others go on",
            row.Id, row.Kind, _options.SendTimeout, _options.UnansweredSendWait);
        Track(sending);
        return null;
    }

    // Sends still awaited after their timeout (tests wait for them; nothing else needs to).
    public Task UnansweredAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll(_unanswered);
        }
    }

    private async Task<DeliveryResult> SendAndSettleAsync(Notification row, CancellationToken ct)
    {
        _inFlight[row.Id] = 0;
        try
        {
            return await SendAndSettleOnceAsync(row, ct);
        }
        finally
        {
            _inFlight.TryRemove(row.Id, out _);
        }
    }

    private async Task<DeliveryResult> SendAndSettleOnceAsync(Notification row, CancellationToken ct)
    {
        using var wait = new CancellationTokenSource(_options.UnansweredSendWait, clock);
        using var token = CancellationTokenSource.CreateLinkedTokenSource(ct, wait.Token);
        DeliveryResult result;
        await using (leases.Hold(row.Id))
        {
            try
            {
                result = await delivery.DeliverAsync(row, token.Token);
            }
            catch (OperationCanceledException) when (wait.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                result = new DeliveryResult.Failed($"no answer within {_options.UnansweredSendWait}: it may or may not have arrived");
            }
        }
        await outcomes.SettleAsync(row, result, ct);
        return result;
    }

    private void Track(Task<DeliveryResult> sending)
    {
        lock (_gate)
        {
            _unanswered.Add(sending);
        }
        _ = sending.ContinueWith(done =>
        {
            lock (_gate)
            {
                _unanswered.Remove(done);
            }
            if (done.IsFaulted)
            {
                logger.LogError(done.Exception, "A notification send that was answered late could not be recorded");
            }
            // Its conversation's next rows may go now.
            signal.Raise();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
