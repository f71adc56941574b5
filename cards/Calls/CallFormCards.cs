using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Calls;

// The desk's call form: everything a person on the phone says, in the order they say it, under the
// building's telephone greeting for the staff member to read out.
public static class CallFormCards
{
    public const string CallerField = "caller";
    public const string CallerCompanyField = "callerCompany";
    public const string PhoneField = "phone";
    public const string RecipientField = "recipient";
    public const string PickField = "pick";
    public const string MessageField = "message";
    public const string UrgentField = "urgent";
    public const string CallBackField = "callBack";
    public const string AnsweredField = "answered";
    public const string TokenField = "token";
    public const string ReferenceField = "reference";
    public const string FromField = "from";
    public const string FromList = "list";

    public const int NameLength = 100;
    public const int PhoneLength = 30;
    public const int MessageLength = 1000;

    public static readonly string[] Speeds = ["WithinThreeRings", "Later", "MissedCalledBack"];

    // token identifies this card: submitting it twice saves one message.
    public static AdaptiveCard Log(Texts t, FormValues form, string token, IReadOnlyList<CallChoice> candidates, string greeting)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["calls.log.title"]));
        card.Body.Add(new AdaptiveContainer
        {
            Style = AdaptiveContainerStyle.Emphasis,
            Items =
            [
                new AdaptiveTextBlock { Text = t["calls.log.greetingLabel"], Wrap = true, IsSubtle = true, Size = AdaptiveTextSize.Small },
                new AdaptiveTextBlock { Text = CardText.Escape(greeting), Wrap = true, Weight = AdaptiveTextWeight.Bolder },
            ],
        });
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(Text(CallerField, t["calls.log.caller"], form, NameLength, required: true, t), form));
        card.Body.AddRange(FormParts.WithError(Text(CallerCompanyField, t["calls.log.callerCompany"], form, NameLength, required: false, t), form));
        var phone = Text(PhoneField, t["calls.log.phone"], form, PhoneLength, required: false, t, t["calls.log.phonePlaceholder"]);
        phone.Style = AdaptiveTextInputStyle.Tel;
        card.Body.AddRange(FormParts.WithError(phone, form));
        card.Body.AddRange(FormParts.WithError(Text(RecipientField, t["calls.log.recipient"], form, NameLength, required: true, t, t["calls.log.recipientPlaceholder"]), form));
        if (candidates.Count > 0)
        {
            card.Body.Add(new AdaptiveChoiceSetInput
            {
                Id = PickField,
                Label = t["calls.log.pick"],
                Style = AdaptiveChoiceInputStyle.Expanded,
                Value = candidates.Any(c => c.Value == form[PickField]) ? form[PickField] : candidates[0].Value,
                Choices = [.. candidates.Select(c => new AdaptiveChoice { Title = c.Title, Value = c.Value })],
            });
        }
        var message = Text(MessageField, t.Format("calls.log.message", MessageLength), form, MessageLength, required: true, t);
        message.IsMultiline = true;
        card.Body.AddRange(FormParts.WithError(message, form));
        card.Body.Add(Toggle(UrgentField, t["calls.log.urgent"], form));
        card.Body.Add(Toggle(CallBackField, t["calls.log.callBack"], form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
        {
            Id = AnsweredField,
            Label = t["calls.log.answered"],
            Style = AdaptiveChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = t["form.pickOne"],
            Value = Speeds.Contains(form[AnsweredField]) ? form[AnsweredField] : null,
            Choices = [.. Speeds.Select(s => new AdaptiveChoice { Title = t[$"calls.speed.{s}"], Value = s })],
        }, form));
        card.Actions.Add(FormParts.Submit(t["calls.log.save"], CallActions.Log, (TokenField, token)));
        return card;
    }

    private static AdaptiveToggleInput Toggle(string id, string title, FormValues form) =>
        new() { Id = id, Title = title, Value = form[id] == "true" ? "true" : "false" };

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
