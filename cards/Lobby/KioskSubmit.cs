using AdaptiveCards;

namespace FrontDesk.Cards.Lobby;

// A kiosk form's button. It submits { lobby: flow, step, form, language } plus any extra values: the flow
// and step say what to do, the form id which card it was, the language keeps the visitor's language.
public static class KioskSubmit
{
    public static AdaptiveSubmitAction Create(string title, string flow, string step, string formId, string language,
        IReadOnlyDictionary<string, object>? extra = null)
    {
        var data = new Dictionary<string, object>
        {
            ["lobby"] = flow,
            ["step"] = step,
            ["form"] = formId,
            ["language"] = language,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, object>())
        {
            data[key] = value;
        }
        return new AdaptiveSubmitAction { Title = title, Data = data, Style = AdaptiveActionStyle.Positive };
    }
}
