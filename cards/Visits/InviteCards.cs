using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits;

// A tenant member invites a visitor (pre-registration), sees the code to forward, and manages invitations.
public static class InviteCards
{
    public static readonly string[] Fields = ["name", "company", "date", "from", "until", "purpose", "phone", "email", "guests"];

    public sealed record Invitation(int VisitId, string VisitorName, string When, string Code);

    // The QR code's width on the card, in pixels.
    public const int QrWidth = 240;

    public static AdaptiveCard Form(Texts t, FormValues form, int? visitId)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t[visitId is null ? "invite.form.title" : "invite.form.changeTitle"]));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(Text(t, form, "name", 100, required: true), form));
        card.Body.AddRange(FormParts.WithError(Text(t, form, "company", 100, required: false), form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveDateInput { Id = "date", Label = t["invite.form.date"], Value = form["date"], IsRequired = true, ErrorMessage = t["form.required"] }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTimeInput { Id = "from", Label = t["invite.form.from"], Value = form["from"], IsRequired = true, ErrorMessage = t["form.required"] }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTimeInput { Id = "until", Label = t["invite.form.until"], Value = form["until"], IsRequired = true, ErrorMessage = t["form.required"] }, form));
        card.Body.AddRange(FormParts.WithError(Text(t, form, "purpose", 200, required: true), form));
        card.Body.AddRange(FormParts.WithError(Text(t, form, "phone", 40, required: false), form));
        var email = Text(t, form, "email", 254, required: false);
        email.Style = AdaptiveTextInputStyle.Email;
        card.Body.AddRange(FormParts.WithError(email, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveNumberInput
        {
            Id = "guests",
            Label = t["invite.form.guests"],
            Value = double.TryParse(form["guests"], System.Globalization.CultureInfo.InvariantCulture, out var g) ? g : 1,
            Min = 1,
            Max = 20,
        }, form));
        card.Actions.Add(visitId is null
            ? FormParts.Submit(t["invite.form.save"], VisitActions.SaveInvite)
            : FormParts.Submit(t["invite.form.save"], VisitActions.SaveInvite, ("visitId", visitId.Value)));
        return card;
    }

    // After saving: the code, its QR image and a text the host can forward to the visitor.
    public static AdaptiveCard Created(Texts t, Invitation invitation, string qrDataUri, string forwardText)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["invite.created.title"]));
        card.Body.Add(FormParts.Paragraph(t.Format("invite.created.summary", CardText.Escape(invitation.VisitorName), invitation.When)));
        card.Body.Add(new AdaptiveTextBlock { Text = t.Format("invite.created.code", invitation.Code), Size = AdaptiveTextSize.ExtraLarge, Weight = AdaptiveTextWeight.Bolder });
        // Big enough for a phone camera to read off a screen; the PNG itself is drawn larger for sharp scaling.
        card.Body.Add(new AdaptiveImage { Url = new Uri(qrDataUri), AltText = t.Format("invite.created.qrAlt", invitation.Code), PixelWidth = QrWidth });
        // An input, not a text block: its value is plain text (no markdown), so it copies as written and no name becomes a link.
        card.Body.Add(new AdaptiveTextInput { Id = "forwardText", Label = t["invite.created.forward"], Value = forwardText, IsMultiline = true });
        card.Actions.Add(FormParts.Submit(t["invite.list.title"], VisitActions.ListInvites));
        return card;
    }

    public static AdaptiveCard List(Texts t, IReadOnlyList<Invitation> invitations, string? notice)
    {
        var card = FormParts.NewCard(t.Language);
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice, Wrap = true, Color = AdaptiveTextColor.Good });
        }
        card.Body.Add(FormParts.Heading(t["invite.list.title"]));
        if (invitations.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["invite.list.none"]));
        }
        foreach (var i in invitations)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock { Text = $"{CardText.Escape(i.VisitorName)} · {i.When}", Weight = AdaptiveTextWeight.Bolder, Wrap = true },
                    FormParts.Paragraph(t.Format("invite.created.code", i.Code), subtle: true),
                    new AdaptiveActionSet
                    {
                        Actions =
                        [
                            VisitActions.ChangeInvite.Button(t["invite.list.change"], ("visitId", i.VisitId)),
                            VisitActions.CancelInvite.Button(t["invite.list.cancel"], ("visitId", i.VisitId)),
                        ],
                    },
                ],
            });
        }
        card.Actions.Add(FormParts.Submit(t["invite.help.title"], VisitActions.OpenInvite));
        return card;
    }

    private static AdaptiveTextInput Text(Texts t, FormValues form, string id, int max, bool required) => new()
    {
        Id = id,
        Label = t[$"invite.form.{id}"],
        Value = form[id],
        MaxLength = max,
        IsRequired = required,
        ErrorMessage = required ? t["form.required"] : null,
    };
}
