using FrontDesk.Data.Schedules;

namespace FrontDesk.Bot.Hosting.Schedules;

// Something done at set times in the building's zone: the daily summary at closing time, the weekly report.
public interface IScheduledJob
{
    string Name { get; }

    // A cron expression (minute hour day month weekday) in building time.
    string Cron { get; }

    // occurrence: the due time (UTC) this run is for; notices it queues carry it in their keys, so a run repeated
    // after a crash adds nothing twice.
    Task RunAsync(DateTimeOffset occurrence, CancellationToken ct);
}

// Runs each job whose time has come since it last ran (a time missed while the app was down: once, late).
public sealed class ScheduleRunner(IEnumerable<IScheduledJob> jobs, ScheduledRuns runs, ILogger<ScheduleRunner> logger)
{
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct = default)
    {
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            try
            {
                if (await runs.DueAsync(job.Name, ScheduledRuns.Parse(job.Cron), ct) is not { } due)
                {
                    continue;
                }
                await job.RunAsync(due, ct);
                await runs.DoneAsync(job.Name, due, ct);
                ran.Add(job.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The scheduled job {Job} failed; it is tried again at the next tick", job.Name);
            }
        }
        return ran;
    }
}

// "Schedules": RunInBackground false leaves the runs to whoever calls ScheduleRunner.RunDueAsync (tests on a fake
// clock, which would otherwise race the worker's own ticks).
public sealed class SchedulesOptions
{
    public const string Section = "Schedules";

    public bool RunInBackground { get; set; } = true;
}

// Looks for due jobs twice a minute of real time; the runner reads the app's TimeProvider, so tests move a fake
// clock and call ScheduleRunner.RunDueAsync.
public sealed class ScheduleWorker(ScheduleRunner runner, Microsoft.Extensions.Options.IOptions<SchedulesOptions> options) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }
        using var timer = new PeriodicTimer(Tick);
        do
        {
            await runner.RunDueAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class ScheduleSetup
{
    public static IServiceCollection AddSchedules(this IServiceCollection services)
    {
        services.AddOptions<SchedulesOptions>().BindConfiguration(SchedulesOptions.Section);
        services.AddSingleton<ScheduledRuns>();
        services.AddSingleton<ScheduleRunner>();
        services.AddHostedService<ScheduleWorker>();
        return services;
    }
}
