using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;
using FrontDesk.Data;
using FrontDesk.Data.Visits;

namespace FrontDesk.Bot.Features.Visits;

// A visit as one line of the desk's lists (board, on site, search): who, whom, when in the building's time.
// An anonymised visit still shows (it happened), without a name.
public sealed class VisitLines(BuildingTime time)
{
    public DeskCards.Line For(Texts t, Visit v, DateTimeOffset? at) => new(
        v.Id, v.AnonymisedAt is null ? v.VisitorName : t["privacy.visitor.anonymised"], v.VisitorCompany, v.Host?.Name ?? "-", v.Company?.Name ?? "-",
        at is null ? "-" : time.ToLocal(at.Value).ToString("HH:mm", t.Culture),
        v.Status is VisitStatus.AwaitingHost or VisitStatus.AwaitingDesk ? t[$"desk.status.{v.Status}"] : null,
        v.Guests);
}
