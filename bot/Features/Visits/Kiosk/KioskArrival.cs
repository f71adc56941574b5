using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Visits;

namespace FrontDesk.Bot.Features.Visits.Kiosk;

// A check-in or walk-in registration went through (the host or the desk was told with it): the form
// becomes a summary and the visitor learns what happens next, in their language.
public sealed class KioskArrival(BuildingTime time)
{
    // hostLabel names whom the visitor asked for (a company, when they chose one); the host's name otherwise.
    public async Task ConfirmAsync(KioskTurn turn, Texts t, string formId, CheckInResult result, CancellationToken ct, string? hostLabel = null)
    {
        var visit = result.Visit!;
        var host = hostLabel ?? visit.Host!.Name;
        var heading = t[visit.WalkIn ? "kiosk.summary.registered" : "kiosk.summary.checkedIn"];
        var arrivedAt = time.ToLocal(visit.ArrivedAt ?? time.UtcNow).ToString("HH:mm", t.Culture);
        await turn.CompleteAsync(formId, KioskSummaryCard.Build(t, heading,
        [
            (t["kiosk.summary.visitor"], visit.VisitorName),
            (t["kiosk.summary.host"], host),
            (t["kiosk.summary.purpose"], visit.Purpose),
            (t["kiosk.summary.at"], arrivedAt),
        ]), ct);
        var key = result.Outcome switch
        {
            CheckInOutcome.CheckedIn => "kiosk.arrived.checkedIn",
            CheckInOutcome.AwaitingHost => "kiosk.arrived.awaitingHost",
            _ => "kiosk.arrived.held",
        };
        await turn.SendAsync(t.Format(key, CardText.EscapeForWebChat(visit.VisitorName), CardText.EscapeForWebChat(host)), ct);
    }
}
