using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Training;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Training;

// Runs the training round (the day-before reminders, the quarter's reminder) every RoundSeconds of real time, on one instance at a time; the
// round itself reads the app's TimeProvider, so tests move a fake clock and call TrainingRounds.RunOnceAsync.
public sealed class TrainingRoundsWorker(TrainingRounds rounds, ExclusiveRounds exclusive, IOptions<TrainingOptions> options, ILogger<TrainingRoundsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await exclusive.RepeatAsync("rounds.training", "training", TimeSpan.FromSeconds(options.Value.RoundSeconds), async held =>
        {
            var result = await rounds.RunOnceAsync(held);
            if (result.Reminded > 0 || result.QuarterReminded)
            {
                logger.LogInformation("Training round: {Reminded} reminded of tomorrow's session; quarter reminder sent: {Quarter}", result.Reminded, result.QuarterReminded);
            }
        }, logger, stoppingToken);
    }
}
