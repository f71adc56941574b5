using System.Globalization;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

// Every Monday at Reports:WeeklyTime, the week just ended to every manager, each in their language and with the
// page and chart links signed for them.
public sealed class WeeklyReportJob(IOptions<ReportsOptions> options, WeeklyReports reports, NoticeComposer composer, IDbContextFactory<FrontDeskDb> dbs,
    Outbox outbox, BuildingTime time) : IScheduledJob
{
    public const string Kind = "reports.weekly";

    public string Name => "reports.weekly";

    public string Cron => options.Value.WeeklyCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken ct)
    {
        var week = ReportPeriod.WeekOf(DateOnly.FromDateTime(time.ToLocal(occurrence).DateTime)).Previous;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var managers = (await People.ReachableStaffAsync(db, ct)).Where(s => s.Role == StaffRole.Manager).ToList();
        foreach (var manager in managers)
        {
            var cards = new Dictionary<string, AdaptiveCards.AdaptiveCard>();
            foreach (var language in Catalog.Languages)
            {
                cards[language] = await reports.CardAsync(Catalog.Default.For(language), week, manager.AadObjectId!, ct);
            }
            var key = string.Create(CultureInfo.InvariantCulture, $"reports.weekly:{week.Code}:{manager.Id}");
            await composer.AddAsync(db, [NoticeRecipient.TeamsUser(manager.AadObjectId!, key)], Kind, null, t => Notice.Of(cards[t.Language]), ct);
        }
        await db.SaveChangesAsync(ct);
        outbox.Wake();
    }
}
