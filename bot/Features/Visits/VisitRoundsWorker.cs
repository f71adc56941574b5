using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data;
using FrontDesk.Data.Schedules;
using FrontDesk.Data.Visits;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Visits;

// Every minute: hosts who did not answer (escalate), visitors who stayed too long (flag), closing time
// (check everyone out). Each round is idempotent; the messages go through the outbox with each claim. The round
// runs on one instance at a time (its lease), and the day's closing is recorded, so a second instance, or one
// started after closing time, does not check out again those who came in after it.
public sealed class VisitRoundsWorker(
    VisitWatchQueries queries,
    CheckOut checkOut,
    ExclusiveRounds rounds,
    ScheduledRuns runs,
    BuildingTime time,
    TimeProvider clock,
    IOptions<VisitsOptions> options,
    ILogger<VisitRoundsWorker> logger) : BackgroundService
{
    private const string ClosingRun = "visits.closing";

    public Task RunOnceAsync(CancellationToken ct = default) => rounds.RunAsync("rounds.visits", RoundAsync, ct);

    private async Task RoundAsync(CancellationToken ct)
    {
        var o = options.Value;
        await queries.EscalateUnansweredAsync(TimeSpan.FromMinutes(o.EscalateAfterMinutes), ct);
        await queries.FlagOverstaysAsync(TimeSpan.FromHours(o.OverstayHours), ct);
        var closing = time.ToUtc(time.Today, o.Closing);
        if (time.UtcNow >= closing && !await runs.HandledAsync(ClosingRun, closing, ct))
        {
            var left = await checkOut.CloseDayAsync(ct);
            await runs.DoneAsync(ClosingRun, closing, ct);
            logger.LogInformation("Closing time: {Count} visitors checked out automatically", left);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The visit watch round failed; it runs again at the next tick");
            }
            await Task.Delay(TimeSpan.FromSeconds(options.Value.CheckEverySeconds), clock, stoppingToken);
        }
    }
}
