using FrontDesk.Data;
using FrontDesk.Data.Visits;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Visits;

// Every minute: hosts who did not answer (escalate), visitors who stayed too long (flag), closing time
// (check everyone out). Each round is idempotent; the messages go through the outbox with each claim.
public sealed class VisitRoundsWorker(
    VisitWatchQueries queries,
    CheckOut checkOut,
    BuildingTime time,
    TimeProvider clock,
    IOptions<VisitsOptions> options,
    ILogger<VisitRoundsWorker> logger) : BackgroundService
{
    private DateOnly _closedDay = DateOnly.MinValue;

    public async Task RunOnceAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        await queries.EscalateUnansweredAsync(TimeSpan.FromMinutes(o.EscalateAfterMinutes), ct);
        await queries.FlagOverstaysAsync(TimeSpan.FromHours(o.OverstayHours), ct);
        var now = time.LocalNow;
        var today = DateOnly.FromDateTime(now.DateTime);
        if (TimeOnly.FromDateTime(now.DateTime) >= o.Closing && _closedDay < today)
        {
            _closedDay = today;
            var left = await checkOut.CloseDayAsync(ct);
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
