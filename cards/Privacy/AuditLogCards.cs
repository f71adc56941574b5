using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Privacy;

// The managers' view of the audit log: who did or looked at what, by person and period, newest first.
public static class AuditLogCards
{
    public const string PersonField = "person";
    public const string FromField = "from";
    public const string ToField = "to";

    // Texts as stored (unescaped); When is formatted in the building's time.
    public sealed record Entry(string When, string Who, string What, string Subject, string? Details);

    public static AdaptiveCard Build(Texts t, FormValues form, string title, IReadOnlyList<Entry> entries, bool more)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["privacy.audit.title"]));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput { Id = PersonField, Label = t["privacy.audit.person"], Value = form[PersonField], MaxLength = 100 }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveDateInput { Id = FromField, Label = t["privacy.audit.from"], Value = form[FromField] }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveDateInput { Id = ToField, Label = t["privacy.audit.to"], Value = form[ToField] }, form));
        card.Body.Add(new AdaptiveTextBlock { Text = title, Weight = AdaptiveTextWeight.Bolder, Separator = true, Spacing = AdaptiveSpacing.Medium, Wrap = true });
        if (entries.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["privacy.audit.none"]));
        }
        foreach (var e in entries)
        {
            var line = $"{e.When} · {CardText.Escape(e.Who)} · {CardText.Escape(e.What)} · {CardText.Escape(e.Subject)}";
            card.Body.Add(FormParts.Paragraph(e.Details is null ? line : $"{line} · {CardText.Escape(e.Details)}"));
        }
        if (more)
        {
            card.Body.Add(FormParts.Paragraph(t["privacy.audit.more"], subtle: true));
        }
        card.Actions.Add(FormParts.Submit(t["privacy.audit.show"], PrivacyActions.ShowAudit));
        return card;
    }
}
