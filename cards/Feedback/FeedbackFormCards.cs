using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Feedback;

// Who fills the feedback card in: a visitor at the kiosk, a member in Teams, or a staff member writing down
// what a customer told them.
public enum FeedbackAudience
{
    Visitor,
    Member,
    Desk,
}

// One card for every way of giving feedback: a 1–5 rating, a category, an optional comment, optionally the
// staff member it is about (from the desk's list, never typed), and contact details only if the giver wants.
public static class FeedbackFormCards
{
    public const string RatingField = "rating";
    public const string CategoryField = "category";
    public const string CommentField = "comment";
    public const string AboutField = "about";
    public const string ChannelField = "channel";
    public const string ContactField = "contact";
    public const string ContactNameField = "contactName";
    public const string ContactCompanyField = "contactCompany";
    public const string ContactDetailsField = "contactDetails";
    public const string TokenField = "token";
    public const string VisitField = "visit";

    public const int CommentLength = 2000;
    public const int NameLength = 100;

    public static readonly string[] Ratings = ["1", "2", "3", "4", "5"];
    public static readonly string[] Categories = ["Reception", "Mail", "Phone", "Cleanliness", "Facilities", "Other"];
    public static readonly string[] Channels = ["InPerson", "Phone", "Email", "Other"];

    public static IReadOnlyList<string> Fields(FeedbackAudience audience) => audience switch
    {
        FeedbackAudience.Visitor => [RatingField, CategoryField, CommentField, AboutField, ContactField, ContactNameField, ContactDetailsField],
        FeedbackAudience.Member => [RatingField, CategoryField, CommentField, AboutField, ContactField],
        _ => [ChannelField, RatingField, CategoryField, CommentField, AboutField, ContactField, ContactNameField, ContactCompanyField, ContactDetailsField],
    };

    // The kiosk's card: formId and the visit it follows (a sealed token, or none) go with the button.
    public static AdaptiveCard ForVisitor(Texts t, FormValues form, IReadOnlyList<DeskChoice> desk, string formId, string? visit)
    {
        var card = Body(t, FeedbackAudience.Visitor, form, desk);
        var extra = new Dictionary<string, object>();
        if (visit is not null)
        {
            extra[VisitField] = visit;
        }
        card.Actions.Add(KioskActions.GiveFeedback.Button(t["feedback.form.send"], formId, t.Language, extra));
        return card;
    }

    // token identifies this card: submitting it twice saves one rating.
    public static AdaptiveCard ForMember(Texts t, FormValues form, IReadOnlyList<DeskChoice> desk, string token)
    {
        var card = Body(t, FeedbackAudience.Member, form, desk);
        card.Actions.Add(FormParts.Submit(t["feedback.form.send"], FeedbackActions.Give, (TokenField, token)));
        return card;
    }

    public static AdaptiveCard ForDesk(Texts t, FormValues form, IReadOnlyList<DeskChoice> desk, string token)
    {
        var card = Body(t, FeedbackAudience.Desk, form, desk);
        card.Actions.Add(FormParts.Submit(t["feedback.form.save"], FeedbackActions.Record, (TokenField, token)));
        return card;
    }

    private static AdaptiveCard Body(Texts t, FeedbackAudience audience, FormValues form, IReadOnlyList<DeskChoice> desk)
    {
        var who = audience.ToString().ToLowerInvariant();
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t[$"feedback.form.{who}.title"];
        card.Body.Add(FormParts.Heading(t[$"feedback.form.{who}.title"]));
        card.Body.Add(FormParts.Paragraph(t[$"feedback.form.{who}.intro"], subtle: true));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        if (audience == FeedbackAudience.Desk)
        {
            card.Body.AddRange(FormParts.WithError(Choices(ChannelField, t["feedback.form.channel"], form, Channels, c => t[$"feedback.channel.{c}"], t), form));
        }
        card.Body.AddRange(FormParts.WithError(Choices(RatingField, t[audience == FeedbackAudience.Desk ? "feedback.form.theirRating" : "feedback.form.rating"],
            form, Ratings, r => t[$"feedback.rating.{r}"], t), form));
        card.Body.AddRange(FormParts.WithError(Choices(CategoryField, t["feedback.form.category"], form, Categories, c => t[$"feedback.category.{c}"], t), form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = CommentField,
            Label = t.Format("feedback.form.comment", CommentLength),
            Value = form[CommentField],
            MaxLength = CommentLength,
            IsMultiline = true,
        }, form));
        if (desk.Count > 0)
        {
            card.Body.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
            {
                Id = AboutField,
                Label = t["feedback.form.about"],
                Style = AdaptiveChoiceInputStyle.Compact,
                Placeholder = t["feedback.form.aboutNobody"],
                Value = desk.Any(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == form[AboutField]) ? form[AboutField] : "",
                Choices = [.. desk.Select(d => new AdaptiveChoice { Title = d.Name, Value = d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })],
            }, form));
        }
        card.Body.Add(new AdaptiveToggleInput
        {
            Id = ContactField,
            Title = t[$"feedback.form.{who}.contact"],
            Value = form[ContactField] == "true" ? "true" : "false",
        });
        if (audience == FeedbackAudience.Member)
        {
            return card;
        }
        card.Body.AddRange(FormParts.WithError(Text(ContactNameField, t[$"feedback.form.{who}.contactName"], form, NameLength), form));
        if (audience == FeedbackAudience.Desk)
        {
            card.Body.AddRange(FormParts.WithError(Text(ContactCompanyField, t["feedback.form.desk.contactCompany"], form, NameLength), form));
        }
        card.Body.AddRange(FormParts.WithError(Text(ContactDetailsField, t["feedback.form.contactDetails"], form, NameLength), form));
        return card;
    }

    private static AdaptiveChoiceSetInput Choices(string id, string label, FormValues form, string[] values, Func<string, string> title, Texts t) => new()
    {
        Id = id,
        Label = label,
        Style = AdaptiveChoiceInputStyle.Expanded,
        IsRequired = true,
        ErrorMessage = t["form.pickOne"],
        Value = values.Contains(form[id], StringComparer.Ordinal) ? form[id] : null,
        Choices = [.. values.Select(v => new AdaptiveChoice { Title = title(v), Value = v })],
    };

    private static AdaptiveTextInput Text(string id, string label, FormValues form, int max) => new()
    {
        Id = id,
        Label = label,
        Value = form[id],
        MaxLength = max,
    };
}
