using FrontDesk.Data.State;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting.State;

// Once at start and then daily: forgets bot state not written for BotState:KeepDays. The round reads the
// app's TimeProvider, so tests move a fake clock and call RunOnceAsync (or let the timer fire).
public sealed class BotStatePurge(BotStateStore store, IOptions<BotStateOptions> options, TimeProvider clock, ILogger<BotStatePurge> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var purged = await store.PurgeAsync(TimeSpan.FromDays(options.Value.KeepDays), ct);
        if (purged > 0)
        {
            logger.LogInformation("Forgot {Count} bot state documents not written for {Days} days", purged, options.Value.KeepDays);
        }
        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PurgeInBackground)
        {
            return;
        }
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The bot state purge failed; it runs again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
