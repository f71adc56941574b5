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
public sealed class WeeklyReportJob(IOptions<ReportsOptions> options, WeeklyReports reports, WeeklyReportContent content, NoticeComposer composer, IDbContextFactory<FrontDeskDb> dbs,
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
        // The week is read once and written once per language; only the signed links differ per manager.
        var data = await content.LoadAsync(week, ct);
        var made = Catalog.Languages.ToDictionary(l => l, l => content.Content(Catalog.Default.For(l), data));
        foreach (var manager in managers)
        {
            var cards = Catalog.Languages.ToDictionary(l => l, l => reports.Card(Catalog.Default.For(l), week, manager.AadObjectId!, made[l]));
            var key = string.Create(CultureInfo.InvariantCulture, $"reports.weekly:{week.Code}:{manager.Id}");
            await composer.AddAsync(db, [NoticeRecipient.TeamsUser(manager.AadObjectId!, key)], Kind, null, t => Notice.Of(cards[t.Language]), ct);
        }
        await db.SaveChangesAsync(ct);
        outbox.Wake();
    }
}
