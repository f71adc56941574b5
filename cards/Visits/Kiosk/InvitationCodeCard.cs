using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits.Kiosk;

// "I have an invitation code": one box for the code (or the QR code's text).
public static class InvitationCodeCard
{

    public static AdaptiveCard Build(Texts t, FormValues form, string formId)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["kiosk.code.title"];
        card.Body.Add(FormParts.Heading(t["kiosk.code.title"]));
        card.Body.Add(FormParts.Paragraph(t["kiosk.code.body"]));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = "code",
            Label = t["kiosk.code.label"],
            Placeholder = t["kiosk.code.placeholder"],
            Value = form["code"],
        }, form));
        card.Actions.Add(KioskActions.CheckInWithCode.Button(t["kiosk.code.submit"], formId, t.Language));
        return card;
    }

    // After too many codes that did not work: no box, no button, only where to go.
    public static AdaptiveCard Locked(Texts t)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["kiosk.code.locked"];
        card.Body.Add(FormParts.Heading(t["kiosk.code.title"]));
        card.Body.Add(FormParts.Paragraph(t["kiosk.code.locked"]));
        return card;
    }
}
