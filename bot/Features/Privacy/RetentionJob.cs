using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Privacy;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Privacy;

// Every night: visitors' personal details older than Privacy:RetentionDays are blanked (the visits still count).
// A missed night is made up at the next run; a run repeated after a crash finds nothing left to do.
public sealed class RetentionJob(VisitorRetention retention, IOptions<PrivacyOptions> options, ILogger<RetentionJob> logger) : IScheduledJob
{
    public string Name => "privacy.retention";

    public string Cron => options.Value.RetentionCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken ct)
    {
        var o = options.Value;
        var done = await retention.AnonymiseAsync(TimeSpan.FromDays(o.RetentionDays), o.BatchSize, ct);
        if (done.Any)
        {
            logger.LogInformation("Retention: anonymised {Visits} visits, {Feedback} feedback texts and {Notices} delivered notices older than {Days} days",
                done.Visits, done.Feedback, done.Notices, o.RetentionDays);
        }
    }
}
