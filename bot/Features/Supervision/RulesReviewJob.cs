using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Supervision;

// At Supervision:ReviewCron (09:00 on the first weekday of January and July by default) the rules owner is reminded
// to review the front-desk rules, with the compliance figures of the months just ended.
public sealed class RulesReviewJob(IOptions<SupervisionOptions> options, ReviewPacks packs, SupervisionNotifier notifier, IDbContextFactory<FrontDeskDb> dbs,
    Outbox outbox, BuildingTime time, ILogger<RulesReviewJob> logger) : IScheduledJob
{
    public string Name => "supervision.review";

    public string Cron => options.Value.Cron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(time.ToLocal(occurrence).DateTime);
        var pack = await packs.ForAsync(ReviewPeriod.MonthsBefore(day, options.Value.ReviewMonths), ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await notifier.RemindAsync(db, pack, occurrence, ct) == 0)
        {
            logger.LogWarning("The rules review of {Period} is due, but neither the rules owner nor any manager uses the bot: nobody was reminded", pack.Period);
        }
        await db.SaveChangesAsync(ct);
        outbox.Wake();
    }
}
