using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Privacy;

// A manager's "forget a visitor": search by name, e-mail or phone, pick the person, confirm, and the counts.
public static class ForgetCards
{
    public const string QueryField = "query";
    public const string IdsKey = "ids";

    // One person as the records know them; Ids are their visits, carried by the buttons. Texts are unescaped.
    public sealed record Person(string Ids, string Name, string? Company, string? Contact, int Visits, int Invitations, string LastSeen);

    public sealed record Erased(int Visits, int Invitations, int Feedback, int Kiosk);

    public static AdaptiveCard Find(Texts t, FormValues form, IReadOnlyList<Person>? found = null)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["privacy.forget.title"]));
        card.Body.Add(FormParts.Paragraph(t["privacy.forget.body"], subtle: true));
        if (found is not null)
        {
            card.Body.Add(Section(found.Count == 0 ? t.Format("privacy.forget.none", CardText.Escape(form[QueryField])) : t.Format("privacy.forget.found", found.Count)));
            foreach (var p in found)
            {
                card.Body.Add(new AdaptiveContainer
                {
                    Separator = true,
                    Items =
                    [
                        new AdaptiveTextBlock { Text = Who(p), Weight = AdaptiveTextWeight.Bolder, Wrap = true },
                        FormParts.Paragraph(Counts(t, p), subtle: true),
                        new AdaptiveActionSet { Actions = [PrivacyActions.Pick.Button(t["privacy.forget.pick"], (IdsKey, p.Ids))] },
                    ],
                });
            }
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = QueryField,
            Label = t["privacy.forget.query"],
            Value = form[QueryField],
            MaxLength = 100,
            IsRequired = true,
            ErrorMessage = t["form.required"],
        }, form));
        card.Actions.Add(FormParts.Submit(t["privacy.forget.find"], PrivacyActions.Find));
        return card;
    }

    public static AdaptiveCard Confirm(Texts t, Person p, int feedback)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("privacy.forget.confirmTitle", Who(p))));
        card.Body.Add(FormParts.Paragraph(Counts(t, p), subtle: true));
        card.Body.Add(FormParts.Paragraph(t.Format("privacy.forget.confirmBody", p.Visits, p.Invitations, feedback)));
        card.Body.Add(new AdaptiveTextBlock { Text = t["privacy.forget.final"], Wrap = true, Color = AdaptiveTextColor.Attention });
        card.Actions.Add(PrivacyActions.Erase.Button(t["privacy.forget.erase"], (IdsKey, p.Ids)));
        card.Actions.Add(PrivacyActions.Cancel.Button(t["privacy.forget.cancel"]));
        return card;
    }

    // Read-only: what was done, in numbers (the name is gone from the records, and from this card).
    public static AdaptiveCard Done(Texts t, Erased e)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["privacy.forget.doneTitle"]));
        card.Body.Add(FormParts.Paragraph(t.Format("privacy.forget.done", e.Visits, e.Invitations, e.Feedback, e.Kiosk)));
        card.Body.Add(FormParts.Paragraph(t["privacy.forget.audited"], subtle: true));
        return card;
    }

    public static AdaptiveCard Note(Texts t, string text)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["privacy.forget.title"]));
        card.Body.Add(FormParts.Paragraph(text));
        return card;
    }

    private static string Who(Person p) =>
        p.Contact is null ? CardText.NameAndCompany(p.Name, p.Company) : $"{CardText.NameAndCompany(p.Name, p.Company)} · {CardText.Escape(p.Contact)}";

    private static string Counts(Texts t, Person p) => t.Format("privacy.forget.counts", p.Visits, p.Invitations, p.LastSeen);

    private static AdaptiveTextBlock Section(string title) =>
        new() { Text = title, Weight = AdaptiveTextWeight.Bolder, Separator = true, Spacing = AdaptiveSpacing.Medium };
}
