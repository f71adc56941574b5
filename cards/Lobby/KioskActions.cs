using System.Globalization;
using AdaptiveCards;

namespace FrontDesk.Cards.Lobby;

// What a visitor can ask for at the kiosk, by tap or by typing.
public enum KioskFlow
{
    Unknown,
    Greeting,
    Invitation,
    WalkIn,
    Leaving,
    Feedback,
    Language,
}

// A kiosk button: the flow it belongs to and the step in it (none: start the flow). Declared once in
// KioskActions and read back by the kiosk's router, so a card's button and its handler cannot drift apart.
public sealed record KioskAction(KioskFlow Flow, string? Step = null)
{
    public const string FlowKey = "lobby";
    public const string StepKey = "step";
    public const string FormKey = "form";
    public const string LanguageKey = "language";

    public string FlowName => Flow.ToString().ToLowerInvariant();

    // A form's button submits { lobby: flow, step, form, language } plus any extra values: the form id says which
    // card it was, the language keeps the visitor's language.
    public AdaptiveSubmitAction Button(string title, string formId, string language, IReadOnlyDictionary<string, object>? extra = null)
    {
        var data = new Dictionary<string, object> { [FlowKey] = FlowName, [StepKey] = Step ?? "", [FormKey] = formId, [LanguageKey] = language };
        foreach (var (key, value) in extra ?? new Dictionary<string, object>())
        {
            data[key] = value;
        }
        return new AdaptiveSubmitAction { Title = title, Data = data, Style = AdaptiveActionStyle.Positive };
    }

    // A menu button starts its flow in the given language.
    public AdaptiveSubmitAction MenuButton(string title, string language) => new()
    {
        Title = title,
        Data = new Dictionary<string, string> { [FlowKey] = FlowName, [LanguageKey] = language },
    };
}

public static class KioskActions
{
    public static readonly KioskAction Invitation = new(KioskFlow.Invitation);
    public static readonly KioskAction WalkIn = new(KioskFlow.WalkIn);
    public static readonly KioskAction Leaving = new(KioskFlow.Leaving);
    public static readonly KioskAction Feedback = new(KioskFlow.Feedback);
    public static readonly KioskAction Language = new(KioskFlow.Language);
    public static readonly KioskAction CheckInWithCode = new(KioskFlow.Invitation, "submit");
    public static readonly KioskAction RegisterWalkIn = new(KioskFlow.WalkIn, "submit");
    public static readonly KioskAction FindLeaving = new(KioskFlow.Leaving, "find");
    public static readonly KioskAction ConfirmLeaving = new(KioskFlow.Leaving, "confirm");
    public static readonly KioskAction GiveFeedback = new(KioskFlow.Feedback, "submit");

    // Every form button the kiosk has.
    public static readonly IReadOnlyList<KioskAction> Steps = [CheckInWithCode, RegisterWalkIn, FindLeaving, ConfirmLeaving, GiveFeedback];

    public static KioskFlow FlowOf(string? name) =>
        Enum.TryParse<KioskFlow>(name, ignoreCase: true, out var flow) && flow != KioskFlow.Unknown && Enum.IsDefined(flow) && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? flow
            : KioskFlow.Unknown;

    // The step a tap names, or null: an unknown step starts its flow afresh.
    public static KioskAction? StepOf(KioskFlow flow, string? step) => Steps.FirstOrDefault(a => a.Flow == flow && a.Step == step);
}
