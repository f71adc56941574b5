using FrontDesk.Bot.Notifications;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bot.Features.Visits;

// A message to a visitor's kiosk did not arrive (the session ended after the answer, or Azure's Direct Line
// said so): for a host's answer the desk is told once per visit who was not told what, and the host that
// their answer did not arrive; a lost "still waiting" note needs nothing, the desk was already asked to help.
public sealed class LostKioskRelay(IDbContextFactory<FrontDeskDb> dbs, VisitNotices notices, ILogger<LostKioskRelay> logger) : IUndeliveredFollowUp
{
    public IReadOnlyCollection<string> Kinds { get; } = [VisitNotices.RelayKind, VisitNotices.WaitingKind];

    public async Task FollowUpAsync(Notification failed, DeskAlertReason reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(failed);
        if (failed.Kind == VisitNotices.WaitingKind)
        {
            logger.LogInformation("The kiosk did not get the waiting note of {Related} ({Reason}); the desk was asked to check on the visitor", failed.RelatedTo, reason);
            return;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The write lock first, so two failed relays of one visit write one alert.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var visitId = VisitNotices.VisitIdOf(failed.RelatedTo);
        var visit = await db.Visits.AsNoTracking().Include(v => v.Host).Include(v => v.Company).SingleOrDefaultAsync(v => v.Id == visitId, ct);
        if (visit?.HostAnswer is null)
        {
            logger.LogError("Kiosk relay {Id} ({Related}) failed ({Reason}) and names no answered visit", failed.Id, failed.RelatedTo, reason);
            return;
        }
        await notices.KioskGoneAsync(db, visit, ct);
        await notices.HostNotToldAsync(db, visit, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
    }
}
