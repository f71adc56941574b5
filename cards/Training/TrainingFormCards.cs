using System.Globalization;
using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Training;

// A manager's session form: what it teaches, when and where (the building's time), who trains, how many seats,
// what it costs. The same card changes a session (its id in the Save button).
public static class TrainingFormCards
{
    public const string TopicField = "topic";
    public const string TitleField = "title";
    public const string DateField = "date";
    public const string TimeField = "time";
    public const string PlaceField = "place";
    public const string TrainerField = "trainer";
    public const string CapacityField = "capacity";
    public const string CostField = "cost";
    public const string TokenField = "token";
    public const string SessionField = "sessionId";
    public const string ReasonPrefix = "reason.";
    public const string FromField = "from";
    public const string FromList = "list";

    public const int TextLength = 100;
    public const int ReasonLength = 300;
    public const int MaxCapacity = 500;

    public static readonly string[] Topics = ["Etiquette", "Communication", "EmergencyHandling", "Other"];

    public static readonly string[] Fields = [TopicField, TitleField, DateField, TimeField, PlaceField, TrainerField, CapacityField, CostField];

    // token identifies this card: submitting it twice saves one session. currency: the building's, or null.
    public static AdaptiveCard Session(Texts t, FormValues form, string token, int? sessionId, string? currency)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t[sessionId is null ? "training.form.title" : "training.form.changeTitle"]));
        if (sessionId is not null)
        {
            card.Body.Add(FormParts.Paragraph(t["training.form.changeNote"], subtle: true));
        }
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        // About the session itself (cancelled or started meanwhile), not one field.
        if (form.ErrorFor(SessionField) is { } refused)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = refused, Wrap = true, Color = AdaptiveTextColor.Attention });
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
        {
            Id = TopicField,
            Label = t["training.form.topic"],
            Style = AdaptiveChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = t["form.pickOne"],
            Value = Topics.Contains(form[TopicField]) ? form[TopicField] : null,
            Choices = [.. Topics.Select(topic => new AdaptiveChoice { Title = t[$"training.topic.{topic}"], Value = topic })],
        }, form));
        card.Body.AddRange(FormParts.WithError(Text(TitleField, t["training.form.titleLabel"], form, TextLength, required: false, t, t["training.form.titlePlaceholder"]), form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveDateInput { Id = DateField, Label = t["training.form.date"], Value = form[DateField], IsRequired = true, ErrorMessage = t["form.required"] }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTimeInput { Id = TimeField, Label = t["training.form.time"], Value = form[TimeField], IsRequired = true, ErrorMessage = t["form.required"] }, form));
        card.Body.AddRange(FormParts.WithError(Text(PlaceField, t["training.form.place"], form, TextLength, required: true, t), form));
        card.Body.AddRange(FormParts.WithError(Text(TrainerField, t["training.form.trainer"], form, TextLength, required: true, t), form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveNumberInput
        {
            Id = CapacityField,
            Label = t.Format("training.form.capacity", MaxCapacity),
            Value = Number(form[CapacityField]),
            Min = 1,
            Max = MaxCapacity,
            IsRequired = true,
            ErrorMessage = t.Format("training.error.capacity", MaxCapacity),
        }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveNumberInput
        {
            Id = CostField,
            Label = currency is null ? t["training.form.cost"] : t.Format("training.form.costIn", currency),
            Value = Number(form[CostField]),
            Min = 0,
            Placeholder = t["training.form.costPlaceholder"],
        }, form));
        card.Actions.Add(sessionId is null
            ? FormParts.Submit(t["training.form.save"], TrainingActions.SaveSession, (TokenField, token))
            : FormParts.Submit(t["training.form.saveChange"], TrainingActions.SaveSession, (TokenField, token), (SessionField, sessionId.Value)));
        return card;
    }

    // A number box keeps what was typed when it reads as a number (10000 stays, to be corrected).
    private static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static AdaptiveTextInput Text(string id, string label, FormValues form, int max, bool required, Texts t, string? placeholder = null) => new()
    {
        Id = id,
        Label = label,
        Value = form[id],
        MaxLength = max,
        IsRequired = required,
        ErrorMessage = required ? t["form.required"] : null,
        Placeholder = placeholder,
    };
}
