using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

// Every Monday at Reports:WeeklyTime, the week just ended to every manager, each in their language.
public sealed class WeeklyReportJob(IOptions<ReportsOptions> options, WeeklyReports reports, StaffBroadcast desk, IDbContextFactory<FrontDeskDb> dbs,
    Outbox outbox, BuildingTime time) : IScheduledJob
{
    public const string Kind = "reports.weekly";

    public string Name => "reports.weekly";

    public string Cron => options.Value.WeeklyCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken ct)
    {
        var week = ReportPeriod.WeekOf(DateOnly.FromDateTime(time.ToLocal(occurrence).DateTime)).Previous;
        // Each manager's card is made in their language, with links signed for that language.
        var cards = new Dictionary<string, AdaptiveCards.AdaptiveCard>();
        foreach (var language in FrontDesk.Cards.Localization.Catalog.Languages)
        {
            cards[language] = await reports.CardAsync(FrontDesk.Cards.Localization.Catalog.Default.For(language), week, ct);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        await desk.AddToManagersAsync(db, $"reports.weekly:{week.Code}", Kind, null, t => Notice.Of(cards[t.Language]), ct, fallBackToDesk: false);
        await db.SaveChangesAsync(ct);
        outbox.Wake();
    }
}
