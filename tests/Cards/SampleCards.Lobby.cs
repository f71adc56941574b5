using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits.Kiosk;

namespace FrontDesk.Tests.Cards;

// What a visitor sees at the lobby kiosk (Web Chat): the menu, the forms, the summaries.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Lobby(Texts t)
    {
        const string formId = "f-3b9d2c";
        yield return ("VisitorMenuCard.Build", VisitorMenuCard.Build(t, t.Format("lobby.greeting.title", "Harbour House"), t["lobby.greeting.body"]));
        yield return ("VisitorMenuCard.Build.prompt", VisitorMenuCard.Build(t, t["lobby.menu.prompt"], null));

        yield return ("InvitationCodeCard.Build", InvitationCodeCard.Build(t, FormValues.Empty, formId));
        var wrongCode = new FormValues { ["code"] = "K7M-2QY" };
        wrongCode.AddError("code", t["kiosk.code.unknown"]);
        yield return ("InvitationCodeCard.Build.withError", InvitationCodeCard.Build(t, wrongCode, formId));
        yield return ("InvitationCodeCard.Locked", InvitationCodeCard.Locked(t));

        yield return ("WalkInCard.Build", WalkInCard.Build(t, new WalkInForm(FormValues.Empty, formId, t.Format("kiosk.walkin.privacyDefault", 90), null, [])));
        var walkIn = new FormValues { ["name"] = "Sam Ray", ["host"] = "Lee", ["purpose"] = "", ["consent"] = "false" };
        walkIn.AddError("hostPick", t["form.pickOne"]);
        walkIn.AddError("purpose", t["form.required"]);
        walkIn.AddError("consent", t["kiosk.error.consent"]);
        HostOption[] hosts = [new("member:12", "Ann Lee (Harbour Logistics)"), new("member:19", "Li Wei (Northwind Traders)")];
        yield return ("WalkInCard.Build.withErrors", WalkInCard.Build(t, new WalkInForm(walkIn, formId, t.Format("kiosk.walkin.privacyDefault", 90), "Lee", hosts)));

        yield return ("CheckOutCards.Ask", CheckOutCards.Ask(t, FormValues.Empty, formId));
        var nobody = new FormValues { ["who"] = "Smith" };
        nobody.AddError("who", t["kiosk.leave.none"]);
        yield return ("CheckOutCards.Ask.withError", CheckOutCards.Ask(t, nobody, formId));
        yield return ("CheckOutCards.Confirm", CheckOutCards.Confirm(t, new LeavingVisitor(41, "Zhou M."), "Zhou", formId));
        yield return ("CheckOutCards.Choose", CheckOutCards.Choose(t, [new LeavingVisitor(41, "Zhou M."), new LeavingVisitor(47, "Zhou L.")], "Zhou", formId));

        yield return ("KioskSummaryCard.Build", KioskSummaryCard.Build(t, t["kiosk.summary.checkedIn"],
        [
            (t["kiosk.summary.visitor"], "Zhou Min"),
            (t["kiosk.summary.host"], "Ann Lee (Harbour Logistics)"),
            (t["kiosk.summary.purpose"], "Quarterly review"),
            (t["kiosk.summary.at"], "09:58"),
        ]));
    }
}
