using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Calls;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Calls;

// Runs the phone-message round (urgent messages not called back in time) every RoundSeconds of real time, on one instance at a time;
// the round itself reads the app's TimeProvider, so tests move a fake clock and call CallRounds.RunOnceAsync.
public sealed class CallRoundsWorker(CallRounds rounds, ExclusiveRounds exclusive, IOptions<CallsOptions> options, ILogger<CallRoundsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await exclusive.RepeatAsync("rounds.calls", "phone-message", TimeSpan.FromSeconds(options.Value.RoundSeconds), async held =>
        {
            var overdue = await rounds.RunOnceAsync(held);
            if (overdue > 0)
            {
                logger.LogInformation("Phone-message round: {Overdue} urgent messages not called back in time", overdue);
            }
        }, logger, stoppingToken);
    }
}
