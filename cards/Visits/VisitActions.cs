using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Visits;

// Every button of the visit cards in Teams (the kiosk's cards have their own, KioskActions).
public static class VisitActions
{
    public static readonly CardAction OpenInvite = new("invite.open");
    public static readonly CardAction SaveInvite = new("invite.save");
    public static readonly CardAction ListInvites = new("invite.list");
    public static readonly CardAction CancelInvite = new("invite.cancel");
    public static readonly CardAction ChangeInvite = new("invite.change");
    public static readonly CardAction Answer = new("visit.answer");
    // The desk's "I'll see to them" on a visitor whose host did not answer.
    public static readonly CardAction Serve = new("visit.serve");
    public static readonly CardAction OurVisitors = new("visits.ours");
    public static readonly CardAction Board = new("visits.board");
    public static readonly CardAction OnSite = new("visits.onsite");
    public static readonly CardAction CheckOut = new("visits.checkout");
    public static readonly CardAction Watchlist = new("watchlist.show");
    public static readonly CardAction Watch = new("watchlist.add");
    public static readonly CardAction Unwatch = new("watchlist.remove");
}
