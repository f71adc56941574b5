using FrontDesk.Bot.Hosting.Telemetry;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// Turns what one send came to into the row's next state: sent, back in line (paced), retried within the
// kind's time budget (Retry-After honoured up to a cap), unreachable, or dead-lettered with a desk alert.
public sealed class DeliveryOutcomes(
    OutboxDeliveries deliveries,
    ConversationReferences references,
    IDeskAlerts alerts,
    OutboxMetrics metrics,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<DeliveryOutcomes> logger)
{
    // Even "retry now" waits a moment, so a channel answering 429 with Retry-After: 0 is not hammered in a loop.
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);
    private readonly NotificationsOptions _options = options.Value;
    private readonly RetrySchedule _backoff = new(options.Value);
    private readonly RetryBudget _budget = new(options.Value);

    public async Task SettleAsync(Notification row, DeliveryResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var attempts = row.Attempts + 1;
        metrics.RecordSend(result, row.Kind);
        switch (result)
        {
            case DeliveryResult.Sent sent:
                await deliveries.MarkSentAsync(row.Id, sent.ConversationId, sent.ActivityId, ct);
                break;
            case DeliveryResult.Paced paced:
                await deliveries.PostponeAsync([row.Id], paced.NotBefore, ct);
                break;
            case DeliveryResult.Throttled throttled when !_budget.Spent(row, attempts, now):
                await RetryAsync(row, now + Capped(row, throttled.RetryAfter), throttled.Error, ct);
                break;
            case DeliveryResult.Failed failed when !_budget.Spent(row, attempts, now):
                await RetryAsync(row, now + _backoff.Delay(attempts), failed.Error, ct);
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
                logger.LogError("Notification {Id} ({Kind}, {Related}) is dead-lettered after {Attempts} attempts over {Elapsed}: {Error}",
                    row.Id, row.Kind, row.RelatedTo, attempts, now - row.CreatedAt, error);
                await deliveries.MarkDeadLetterAsync(row.Id, error, ct);
                metrics.RecordDeadLetter(row.Kind);
                await alerts.RaiseAsync(row, DeskAlertReason.DeadLetter, error, ct);
                break;
        }
    }

    private async Task RetryAsync(Notification row, DateTimeOffset next, string error, CancellationToken ct)
    {
        var soonest = clock.GetUtcNow() + Shortest;
        next = next < soonest ? soonest : next;
        await deliveries.ScheduleRetryAsync(row.Id, next, error, ct);
        metrics.RecordRetry(row.Kind);
    }

    private TimeSpan Capped(Notification row, TimeSpan retryAfter)
    {
        if (retryAfter <= _options.MaxRetryAfter)
        {
            return retryAfter;
        }
        logger.LogWarning("Notification {Id} ({Kind}): the channel asked to wait {RetryAfter}; waiting {Cap} instead (Notifications:MaxRetryAfterSeconds)",
            row.Id, row.Kind, retryAfter, _options.MaxRetryAfter);
        return _options.MaxRetryAfter;
    }

    private static string Describe(DeliveryResult result) => result switch
    {
        DeliveryResult.Throttled t => t.Error,
        DeliveryResult.Failed f => f.Error,
        DeliveryResult.Rejected r => r.Error,
        _ => result.ToString(),
    };
}
