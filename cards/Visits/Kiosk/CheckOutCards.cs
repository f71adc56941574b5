using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits.Kiosk;

// One visitor on site as the public kiosk may show them: a first name and a company initial.
public sealed record LeavingVisitor(int VisitId, string ShortName);

// "I'm leaving": who are you (name or code), then a confirmation, or a choice when several match.
public static class CheckOutCards
{

    public static AdaptiveCard Ask(Texts t, FormValues form, string formId)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["kiosk.leave.title"];
        card.Body.Add(FormParts.Heading(t["kiosk.leave.title"]));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput { Id = "who", Label = t["kiosk.leave.label"], Value = form["who"] }, form));
        card.Actions.Add(KioskActions.FindLeaving.Button(t["kiosk.leave.submit"], formId, t.Language));
        return card;
    }

    public static AdaptiveCard Confirm(Texts t, LeavingVisitor visitor, string who, string formId)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["kiosk.leave.title"];
        card.Body.Add(FormParts.Heading(t.Format("kiosk.leave.confirm", CardText.EscapeForWebChat(visitor.ShortName))));
        card.Actions.Add(ConfirmButton(t, t["kiosk.leave.confirmButton"], visitor, who, formId));
        return card;
    }

    public static AdaptiveCard Choose(Texts t, IReadOnlyList<LeavingVisitor> visitors, string who, string formId)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["kiosk.leave.choose"];
        card.Body.Add(FormParts.Heading(t["kiosk.leave.choose"]));
        foreach (var visitor in visitors)
        {
            card.Actions.Add(ConfirmButton(t, visitor.ShortName, visitor, who, formId));
        }
        return card;
    }

    // The typed words go along so the server can check the visit is still one of their matches.
    private static AdaptiveSubmitAction ConfirmButton(Texts t, string title, LeavingVisitor visitor, string who, string formId) =>
        KioskActions.ConfirmLeaving.Button(title, formId, t.Language,
            new Dictionary<string, object> { ["visitId"] = visitor.VisitId, ["who"] = who });
}
