using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// One pass over the outbox: keeps up to MaxConcurrentSends sends in flight, each to a different conversation,
// claiming a row only when a place is free (so a crash strands at most those in flight, for one short lease).
// The worker calls it when woken; tests call DrainOnceAsync directly with a fake clock.
public sealed class NotificationSender(
    OutboxDeliveries deliveries,
    NotificationSend send,
    SendPacing pacing,
    IOptions<NotificationsOptions> options,
    TimeProvider clock)
{
    private readonly NotificationsOptions _options = options.Value;
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private bool _seeded;

    public async Task<DrainSummary> DrainOnceAsync(CancellationToken ct = default)
    {
        await SeedPacingAsync(ct);
        var summary = new DrainSummary();
        var running = new List<Task<DeliveryResult?>>();
        while (true)
        {
            var free = _options.MaxConcurrentSends - running.Count;
            // A claim reads every conversation's head: claim for a quarter of the places at a time, not for each one.
            if (free > 0 && (running.Count == 0 || free >= Math.Max(1, _options.MaxConcurrentSends / 4)))
            {
                // A conversation with a row in flight offers nothing: its next row waits for that one.
                foreach (var row in await deliveries.ClaimNextAsync(free, _options.Lease, send.InFlight, ct))
                {
                    running.Add(send.RunAsync(row, ct));
                }
            }
            if (running.Count == 0)
            {
                return summary;
            }
            var done = await Task.WhenAny(running);
            running.Remove(done);
            summary.Count(await done);
        }
    }

    // Sends still awaited after their send timeout; tests wait for them to settle.
    public Task UnansweredAsync() => send.UnansweredAsync();

    // Once per process: what a stopped process had claimed is due at once, and the last hour's sends are counted
    // so the hourly per-conversation limit holds across a restart.
    private async Task SeedPacingAsync(CancellationToken ct)
    {
        if (_seeded)
        {
            return;
        }
        await _seeding.WaitAsync(ct);
        try
        {
            if (!_seeded)
            {
                await deliveries.ReleaseClaimsAsync(ct);
                await pacing.SeedAsync(async () =>
                    (await deliveries.SentSinceAsync(clock.GetUtcNow() - TimeSpan.FromHours(1), ct)).Select(s => ($"{s.ChannelId}|{s.ConversationId}", s.At)), ct);
                _seeded = true;
            }
        }
        finally
        {
            _seeding.Release();
        }
    }
}

public sealed class DrainSummary
{
    public int Sent { get; private set; }

    public int Paced { get; private set; }

    public int Failed { get; private set; }

    // Sends that timed out and are still awaited in the background.
    public int Unanswered { get; private set; }

    internal void Count(DeliveryResult? result)
    {
        switch (result)
        {
            case null:
                Unanswered++;
                break;
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
