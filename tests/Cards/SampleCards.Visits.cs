using AdaptiveCards;
using FrontDesk.Bot.Features.Visits;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;

namespace FrontDesk.Tests.Cards;

// Visits in Teams: the host's arrival card, invitations, the desk's board, on-site list, search and watchlist.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Visits(Texts t)
    {
        var invited = new HostCards.Arrival(41, WalkIn: false, "Zhou Min", "Blue Harbour Design", "Quarterly review", Guests: 2, "09:58");
        var walkIn = new HostCards.Arrival(42, WalkIn: true, "[Sam](http://example.com) Ray", null, "Delivery of samples", Guests: 1, "10:20");
        yield return ("HostCards.Arrived", HostCards.Arrived(t, invited));
        yield return ("HostCards.Arrived.walkIn", HostCards.Arrived(t, walkIn));
        yield return ("HostCards.Arrived.forColleague", HostCards.Arrived(t, invited with { ForHost = "Ann Lee" }));
        yield return ("HostCards.Answered", HostCards.Answered(t, invited, t.Format("visits.answered.PleaseWait", "10:01", 10)));

        yield return ("InviteCards.Form", InviteCards.Form(t, Form(t, [("date", "2026-12-03"), ("from", "10:00"), ("until", "11:00"), ("guests", "1")], []), visitId: null));
        yield return ("InviteCards.Form.changeWithErrors", InviteCards.Form(t,
            Form(t, [("name", "Zhou Min"), ("company", "Blue Harbour Design"), ("date", "2026-12-03"), ("from", "11:00"), ("until", "10:00"), ("purpose", ""), ("email", "zhou.min@bluehar"), ("guests", "25")],
                ["until", "purpose", "email", "guests"]),
            visitId: 41));
        var invitation = new InviteCards.Invitation(41, "Zhou Min", "3 Dec 10:00–11:00", "K7M2QX");
        yield return ("InviteCards.Created", InviteCards.Created(t, invitation, InvitationQr.DataUri(invitation.Code),
            t.Format("invite.forwardText", "Harbour House", "Harbour Logistics", invitation.When, invitation.Code)));
        yield return ("InviteCards.List", InviteCards.List(t, [invitation, new(44, "Chen Jie", "5 Dec 14:00–15:30", "P4TR9W")], t["invite.cancelled"]));
        yield return ("InviteCards.List.none", InviteCards.List(t, [], null));

        DeskCards.Line[] present =
        [
            new(41, "Zhou Min", "Blue Harbour Design", "Ann Lee", "Harbour Logistics", "09:58", null, Guests: 3),
            new(42, "Sam Ray", null, "Ann Lee", "Harbour Logistics", "10:20", t["desk.status.AwaitingHost"]),
        ];
        DeskCards.Line[] coming = [new(44, "Chen Jie", null, "Li Wei", "Northwind Traders", "14:00", null)];
        DeskCards.Line[] gone = [new(40, "Wu Fang", "Contoso", "Li Wei", "Northwind Traders", "09:40", null)];
        yield return ("DeskCards.Board", DeskCards.Board(t, "Thu 28 Nov", expected: 5, onSite: 4, left: 1, present, coming, gone, t["desk.checkedOut"]));
        yield return ("DeskCards.Board.empty", DeskCards.Board(t, "Sat 30 Nov", 0, 0, 0, [], [], [], null));
        yield return ("DeskCards.OnSite", DeskCards.OnSite(t, "10:31", present));
        yield return ("DeskCards.Search", DeskCards.Search(t, t.Format("desk.search.title", "Zhou", "1–28 Nov", 1), present[..1],
            new Uri("https://frontdesk.example/api/visits/export?token=3f9a1c")));
        yield return ("DeskCards.Search.none", DeskCards.Search(t, t.Format("desk.search.titleAll", "1–28 Nov", 0), [], new Uri("https://frontdesk.example/api/visits/export?token=3f9a1d")));
        CompanyVisitCards.Line[] ours = [new("Zhou Min", "Blue Harbour Design", "Ann Lee", "09:58", null, 3), new("[Sam](http://example.com) Ray", null, "Ann Lee", "10:20", t["ours.status.AwaitingHost"], 1)];
        yield return ("CompanyVisitCards.Today", CompanyVisitCards.Today(t, "Harbour Logistics", "Thu 28 Nov", [new("Chen Jie", null, "Li Wei", "14:00", null, 1)], ours, []));
        yield return ("CompanyVisitCards.Today.none", CompanyVisitCards.Today(t, "Harbour Logistics", "Sat 30 Nov", [], [], []));
        DeskCards.Watched[] watched = [new(3, "Max Turner", "Acme Couriers", "Banned after the incident on 2 Oct")];
        yield return ("DeskCards.Watchlist", DeskCards.Watchlist(t, watched, FormValues.Empty, t["desk.watch.added"]));
        yield return ("DeskCards.Watchlist.withErrors", DeskCards.Watchlist(t, [], Form(t, [("name", "Max Turner"), ("company", "Acme Couriers")], ["reason"]), null));
    }
}
