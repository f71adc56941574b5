using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

// At closing time every day, the day's summary to every manager in Teams, each in their language.
public sealed class DailySummaryJob(IOptions<ReportsOptions> options, DailySummary summary, StaffBroadcast desk, IDbContextFactory<FrontDeskDb> dbs,
    Outbox outbox, BuildingTime time) : IScheduledJob
{
    public const string Kind = "reports.daily";

    public string Name => "reports.daily";

    public string Cron => options.Value.DailyCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(time.ToLocal(occurrence).DateTime);
        var figures = await summary.ForAsync(day, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await desk.AddToManagersAsync(db, $"reports.daily:{day:yyyyMMdd}", Kind, null, t => Notice.Of(DailySummaryCard.Build(t, ReportsText.Daily(t, figures))), ct,
            fallBackToDesk: false);
        await db.SaveChangesAsync(ct);
        outbox.Wake();
    }
}
