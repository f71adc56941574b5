using System.ComponentModel.DataAnnotations;
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

// Runs each job whose time has come since it last ran (a time missed while the app was down: once, late). Each job
// runs under its own lease: of several instances one runs it, and one that dies halfway leaves the occurrence due
// (not marked done) for the next instance once the lease runs out.
public sealed class ScheduleRunner(IEnumerable<IScheduledJob> jobs, ScheduledRuns runs, ExclusiveRounds rounds, ILogger<ScheduleRunner> logger)
{
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct = default)
    {
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            try
            {
                await rounds.RunAsync("schedule." + job.Name, async held =>
                {
                    if (await runs.DueAsync(job.Name, ScheduledRuns.Parse(job.Cron), held) is not { } due)
                    {
                        return;
                    }
                    await job.RunAsync(due, held);
                    await runs.DoneAsync(job.Name, due, held);
                    ran.Add(job.Name);
                }, ct);
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

    // How often the worker looks for due jobs (real time).
    [Range(1, 3600)]
    public int CheckEverySeconds { get; set; } = 30;

    // How long an instance holds a round (any of the rounds, not only the scheduled jobs) without renewing it: after an
    // instance dies, its rounds wait this long for another instance.
    [Range(3, 3600)]
    public int LeaseSeconds { get; set; } = 60;
}

// Looks for due jobs every CheckEverySeconds of real time; the runner reads the app's TimeProvider, so tests move a
// fake clock and call ScheduleRunner.RunDueAsync.
public sealed class ScheduleWorker(ScheduleRunner runner, Microsoft.Extensions.Options.IOptions<SchedulesOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CheckEverySeconds));
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
        services.AddOptions<SchedulesOptions>().BindConfiguration(SchedulesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ScheduledRuns>();
        services.AddSingleton<RoundLeases>();
        services.AddSingleton<ExclusiveRounds>();
        services.AddSingleton<ScheduleRunner>();
        services.AddHostedService<ScheduleWorker>();
        return services;
    }
}
