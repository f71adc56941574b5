using AdaptiveCards;
using FrontDesk.Bot.Features.Visits;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits;

namespace FrontDesk.Tests.Cards;

// Visits in Teams: the host's arrival card, invitations, the desk's board, on-site list, search, no-answer alert and watchlist.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Visits(Texts t)
    {
        var invited = new HostCards.Arrival(41, WalkIn: false, "Zhou Min", "Blue Harbour Design", "Quarterly review", Guests: 2, "09:58");
        var walkIn = new HostCards.Arrival(42, WalkIn: true, "[Sam](http://example.com) Ray", null, "Delivery of samples", Guests: 1, "10:20");
        yield return ("HostCards.Arrived", HostCards.Arrived(t, invited));
        yield return ("HostCards.Arrived.walkIn", HostCards.Arrived(t, walkIn));
        yield return ("HostCards.Arrived.forColleague", HostCards.Arrived(t, invited with { ForHost = "Ann Lee" }));
        yield return ("HostCards.Arrived.early", HostCards.Arrived(t, invited with { Expected = "11:00–12:00", MinutesEarly = 62 }));
        yield return ("HostCards.Arrived.late", HostCards.Arrived(t, invited with { Expected = "08:00–09:00", MinutesLate = 58 }));
        yield return ("HostCards.Answered", HostCards.Answered(t, invited, t.Format("visits.answered.PleaseWait", "10:01", 10)));

        yield return ("InviteCards.Form", InviteCards.Form(t, Form(t, [("date", "2026-12-03"), ("from", "10:00"), ("until", "11:00"), ("guests", "1")], []), visitId: null));
        yield return ("InviteCards.Form.changeWithErrors", InviteCards.Form(t,
            Form(t, [("name", "Zhou Min"), ("company", "Blue Harbour Design"), ("date", "2026-12-03"), ("from", "11:00"), ("until", "10:00"), ("purpose", ""), ("email", "zhou.min@bluehar"), ("guests", "25")],
                ["until", "purpose", "email", "guests"]),
            visitId: 41));
        var invitation = new InviteCards.Invitation(41, "Zhou Min", Day(t, new(2026, 12, 3), "10:00–11:00"), "K7M2QX");
        yield return ("InviteCards.Created", InviteCards.Created(t, invitation, InvitationQr.DataUri(invitation.Code),
            t.Format("invite.forwardText", "Harbour House", "Harbour Logistics", invitation.When, invitation.Code)));
        yield return ("InviteCards.List", InviteCards.List(t, [invitation, new(44, "Chen Jie", Day(t, new(2026, 12, 5), "14:00–15:30"), "P4TR9W")], t["invite.cancelled"]));
        yield return ("InviteCards.List.none", InviteCards.List(t, [], null));

        DeskCards.Line[] present =
        [
            new(41, "Zhou Min", "Blue Harbour Design", "Ann Lee", "Harbour Logistics", "09:58", null, Guests: 3),
            new(42, "Sam Ray", null, "Ann Lee", "Harbour Logistics", "10:20", t["desk.status.AwaitingHost"]),
        ];
        DeskCards.Line[] coming = [new(44, "Chen Jie", null, "Li Wei", "Northwind Traders", "14:00", null)];
        DeskCards.Line[] gone = [new(40, "Max Turner", "Acme Couriers", "Li Wei", "Northwind Traders", "09:40", null)];
        yield return ("DeskCards.Board", DeskCards.Board(t, Day(t, new(2026, 11, 26), ""), expected: 5, onSite: 4, left: 1, present, coming, gone, t["desk.checkedOut"]));
        yield return ("DeskCards.Board.empty", DeskCards.Board(t, Day(t, new(2026, 11, 28), ""), 0, 0, 0, [], [], [], null));
        yield return ("DeskCards.OnSite", DeskCards.OnSite(t, "10:31", present));
        yield return ("DeskCards.Search", DeskCards.Search(t, t.Format("desk.search.title", "Zhou", "2026-11-01 – 2026-11-28", 1), present[..1],
            new Uri("https://frontdesk.example/api/visits/export?token=3f9a1c")));
        yield return ("DeskCards.Search.none", DeskCards.Search(t, t.Format("desk.search.titleAll", "2026-11-01 – 2026-11-28", 0), [], new Uri("https://frontdesk.example/api/visits/export?token=3f9a1d")));
        CompanyVisitCards.Line[] ours = [new("Zhou Min", "Blue Harbour Design", "Ann Lee", "09:58", null, 3), new("[Sam](http://example.com) Ray", null, "Ann Lee", "10:20", t["ours.status.AwaitingHost"], 1)];
        yield return ("CompanyVisitCards.Today", CompanyVisitCards.Today(t, "Harbour Logistics", Day(t, new(2026, 11, 26), ""), [new("Chen Jie", null, "Li Wei", "14:00", null, 1)], ours, []));
        yield return ("CompanyVisitCards.Today.none", CompanyVisitCards.Today(t, "Harbour Logistics", Day(t, new(2026, 11, 28), ""), [], [], []));
        var waiting = new DeskServeCards.Waiting(42, "[Sam](http://example.com) Ray", "Ann Lee", "Harbour Logistics", "10:20");
        yield return ("DeskServeCards.NoAnswer", DeskServeCards.NoAnswer(t, waiting));
        yield return ("DeskServeCards.Settled", DeskServeCards.Settled(t, waiting, t.Format("visits.desk.serving", "Sam Ray", "10:20"), yours: true, t["visits.desk.servingTold"]));
        yield return ("DeskServeCards.Settled.taken", DeskServeCards.Settled(t, waiting, t.Format("visits.desk.servedBy", "Li Na", "Sam Ray", "10:26"), yours: false));
        DeskCards.Watched[] watched = [new(3, "Max Turner", "Acme Couriers", "Banned after the incident on 2 Oct")];
        yield return ("DeskCards.Watchlist", DeskCards.Watchlist(t, watched, FormValues.Empty, t["desk.watch.added"]));
        yield return ("DeskCards.Watchlist.withErrors", DeskCards.Watchlist(t, [], Form(t, [("name", "Max Turner"), ("company", "Acme Couriers")], ["reason"]), null));
    }

    // A day as the tasks write it in the reader's language ("Thu 3 Dec", "12月3日 周四").
    private static string Day(Texts t, DateOnly day, string times) =>
        $"{day.ToString(t.IsChinese ? "M月d日 ddd" : "ddd d MMM", t.Culture)} {times}".TrimEnd();
}
