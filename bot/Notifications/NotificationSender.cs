using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// One pass over the outbox: claim what is due, deliver it, and record the outcome. The worker calls it
// when woken; tests call DrainOnceAsync directly with a fake clock.
public sealed class NotificationSender(
    OutboxDeliveries deliveries,
    ProactiveDelivery delivery,
    ConversationReferences references,
    IDeskAlerts alerts,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<NotificationSender> logger)
{
    private readonly NotificationsOptions _options = options.Value;
    private readonly RetrySchedule _retries = new(options.Value);

    public RetrySchedule Retries => _retries;

    public async Task<DrainSummary> DrainOnceAsync(CancellationToken ct = default)
    {
        var summary = new DrainSummary();
        while (true)
        {
            var claimed = await deliveries.ClaimDueAsync(_options.BatchSize, _options.Lease, ct);
            var sentBefore = summary.Sent;
            // Once a recipient's pace is used up, their other rows in this batch wait too, without a look-up each.
            var paced = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var postponed = new List<(long Id, DateTimeOffset NotBefore)>();
            foreach (var row in claimed)
            {
                var result = paced.TryGetValue(Recipient(row), out var notBefore)
                    ? new DeliveryResult.Paced(notBefore)
                    : await delivery.DeliverAsync(row, ct);
                summary.Count(result);
                if (result is DeliveryResult.Paced wait)
                {
                    paced[Recipient(row)] = wait.NotBefore;
                    postponed.Add((row.Id, wait.NotBefore));
                    continue;
                }
                await SettleAsync(row, result, ct);
            }
            foreach (var group in postponed.GroupBy(p => p.NotBefore))
            {
                await deliveries.PostponeAsync([.. group.Select(p => p.Id)], group.Key, ct);
            }
            // A full batch that made progress may mean more is due; anything else waits for the next wake-up.
            if (claimed.Count < _options.BatchSize || summary.Sent == sentBefore)
            {
                return summary;
            }
        }
    }

    private static string Recipient(Notification row) => $"{row.ChannelId}|{row.ConversationId ?? "user:" + row.RecipientAadObjectId}";

    private async Task SettleAsync(Notification row, DeliveryResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var attempts = row.Attempts + 1;
        switch (result)
        {
            case DeliveryResult.Sent sent:
                await deliveries.MarkSentAsync(row.Id, sent.ConversationId, sent.ActivityId, ct);
                break;
            case DeliveryResult.Throttled throttled when !_retries.Exhausted(attempts):
                await deliveries.ScheduleRetryAsync(row.Id, now + throttled.RetryAfter, throttled.Error, ct);
                break;
            case DeliveryResult.Failed failed when !_retries.Exhausted(attempts):
                await deliveries.ScheduleRetryAsync(row.Id, now + _retries.Delay(attempts), failed.Error, ct);
                break;
            case DeliveryResult.Unreachable unreachable:
                await deliveries.MarkUnreachableAsync(row.Id, unreachable.Error, unreachable.Attempted, ct);
                if (unreachable.BlockedConversationId is { } blocked)
                {
                    await references.MarkUninstalledAsync(row.ChannelId, blocked, ct);
                }
                await alerts.RaiseAsync(row, unreachable.NoChat ? DeskAlertReason.NoChat : DeskAlertReason.Unreachable, unreachable.Error, ct);
                break;
            default:
                var error = Describe(result);
                logger.LogError("Notification {Id} ({Kind}, {Related}) is dead-lettered after {Attempts} attempts: {Error}",
                    row.Id, row.Kind, row.RelatedTo, attempts, error);
                await deliveries.MarkDeadLetterAsync(row.Id, error, ct);
                await alerts.RaiseAsync(row, DeskAlertReason.DeadLetter, error, ct);
                break;
        }
    }

    private static string Describe(DeliveryResult result) => result switch
    {
        DeliveryResult.Throttled t => t.Error,
        DeliveryResult.Failed f => f.Error,
        DeliveryResult.Rejected r => r.Error,
        _ => result.ToString(),
    };
}

public sealed class DrainSummary
{
    public int Sent { get; private set; }

    public int Paced { get; private set; }

    public int Failed { get; private set; }

    internal void Count(DeliveryResult result)
    {
        switch (result)
        {
            case DeliveryResult.Sent:
                Sent++;
                break;
            case DeliveryResult.Paced:
                Paced++;
                break;
            default:
                Failed++;
                break;
        }
    }
}
