using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Directory;

// A manager adds or changes front-desk staff; everyone on the desk can see who is on it.
public static class StaffCards
{
    public const string NameField = "name";
    public const string EmailField = "email";
    public const string RoleField = "role";

    public sealed record StaffLine(string Name, string Email, bool IsManager);

    public static AdaptiveCard Form(Texts t, FormValues form)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["staff.form.title"]));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = NameField,
            Label = t["staff.form.name"],
            Value = form[NameField],
            MaxLength = 100,
            IsRequired = true,
            ErrorMessage = t["form.required"],
        }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = EmailField,
            Label = t["staff.form.email"],
            Value = form[EmailField],
            Style = AdaptiveTextInputStyle.Email,
            MaxLength = 254,
            IsRequired = true,
            ErrorMessage = t["form.required"],
        }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
        {
            Id = RoleField,
            Label = t["staff.form.role"],
            Value = string.IsNullOrEmpty(form[RoleField]) ? "Staff" : form[RoleField],
            Style = AdaptiveChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = t["form.pickOne"],
            Choices =
            [
                new AdaptiveChoice { Title = t["role.Staff"], Value = "Staff" },
                new AdaptiveChoice { Title = t["role.Manager"], Value = "Manager" },
            ],
        }, form));
        card.Actions.Add(FormParts.Submit(t["staff.form.save"], DirectoryActions.SaveStaff));
        return card;
    }

    public static AdaptiveCard Saved(Texts t, string message)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["staff.form.title"]));
        card.Body.Add(new AdaptiveTextBlock { Text = message, Wrap = true, Color = AdaptiveTextColor.Good });
        return card;
    }

    public static AdaptiveCard List(Texts t, IReadOnlyList<StaffLine> staff)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("staff.list.title", staff.Count)));
        var facts = new AdaptiveFactSet();
        foreach (var s in staff)
        {
            facts.Facts.Add(new AdaptiveFact(CardText.Escape(s.Name), $"{CardText.Escape(s.Email)} · {t[s.IsManager ? "role.Manager" : "role.Staff"]}"));
        }
        card.Body.Add(facts);
        return card;
    }
}
