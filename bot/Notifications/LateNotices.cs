using System.Collections.Concurrent;
using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// Tells the desk once when a notice is still not delivered past the threshold (its next try falls after it),
// while it is still being retried. Once per row: remembered here, and the alert's own key makes a repeat after a
// restart the same rows, not new messages.
public sealed class LateNotices(IDeskAlerts alerts, IOptions<NotificationsOptions> options)
{
    private readonly ConcurrentDictionary<long, byte> _alerted = new();

    public async Task CheckAsync(Notification row, DateTimeOffset nextAttemptAt, string error, CancellationToken ct)
    {
        if (row.Kind == DeskAlerts.Kind || nextAttemptAt - row.CreatedAt < options.Value.LateAfter)
        {
            return;
        }
        if (_alerted.Count > 10_000)
        {
            _alerted.Clear();
        }
        if (_alerted.TryAdd(row.Id, 0))
        {
            await alerts.RaiseAsync(row, DeskAlertReason.Late, error, ct);
        }
    }
}
