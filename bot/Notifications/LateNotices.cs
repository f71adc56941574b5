using System.Collections.Concurrent;
using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// Tells the desk once when a notice is still not delivered past the threshold, from the notice's own age: one
// that is only waiting (paced, behind a hanging send in its conversation, or held by a stuck sender) is as late as
// one being retried. Once per row: a row whose alert was queued is not offered again (that survives a restart),
// and one whose alert reached nobody (no staff in Teams) is remembered here so it is not tried every round.
public sealed class LateNotices(LateNotifications rows, IDeskAlerts alerts, IOptions<NotificationsOptions> options, ILogger<LateNotices> logger)
{
    public const string KeyPrefix = DeskAlerts.Kind + ":late:";

    // Enough for one round; more late rows than this are told in the next rounds.
    private const int PerRound = 100;
    private readonly ConcurrentDictionary<long, byte> _alerted = new();

    // Returns how many notices the desk was told about in this round.
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var late = await rows.UnreportedAsync(options.Value.LateAfter, DeskAlerts.Kind, KeyPrefix, Math.Min(PerRound + _alerted.Count, 2000), ct);
        var told = 0;
        foreach (var row in late)
        {
            if (told == PerRound || !_alerted.TryAdd(row.Id, 0))
            {
                continue;
            }
            try
            {
                await alerts.RaiseAsync(row, DeskAlertReason.Late, row.LastError ?? "", ct);
                told++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tried again at the next round.
                _alerted.TryRemove(row.Id, out _);
                logger.LogError(e, "Could not tell the desk that notification {Id} is late", row.Id);
            }
        }
        if (_alerted.Count > 10_000)
        {
            _alerted.Clear();
        }
        return told;
    }
}

// Looks for late notices every LateCheckSeconds of real time, on one instance at a time, beside the sender rather
// than inside it, so a sender that is stuck still has its notices reported.
public sealed class LateNoticesWorker(
    LateNotices late,
    FrontDesk.Bot.Hosting.Schedules.ExclusiveRounds exclusive,
    IOptions<NotificationsOptions> options,
    IOptions<FrontDesk.Bot.Hosting.Schedules.SchedulesOptions> schedules,
    ILogger<LateNoticesWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tests on a fake clock drive the outbox (or the rounds) themselves and run LateNotices.RunOnceAsync when they mean to.
        if (!options.Value.SendInBackground || !schedules.Value.RunInBackground)
        {
            return;
        }
        await exclusive.RepeatAsync("rounds.late-notices", "late-notice", TimeSpan.FromSeconds(options.Value.LateCheckSeconds), async held =>
        {
            if (await late.RunOnceAsync(held) is > 0 and var told)
            {
                logger.LogWarning("{Count} late notices were reported to the desk", told);
            }
        }, logger, stoppingToken);
    }
}
