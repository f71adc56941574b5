using AdaptiveCards;

namespace FrontDesk.Cards.Common;

// Small building blocks shared by every form card.
public static class FormParts
{
    public static AdaptiveTextBlock Heading(string text) => new()
    {
        Text = text,
        Size = AdaptiveTextSize.Large,
        Weight = AdaptiveTextWeight.Bolder,
        Wrap = true,
    };

    public static AdaptiveTextBlock Paragraph(string text, bool subtle = false) => new()
    {
        Text = text,
        Wrap = true,
        IsSubtle = subtle,
    };

    // The server's verdict on one field, shown right under it; nothing when the field is fine.
    public static IEnumerable<AdaptiveElement> WithError(AdaptiveInput input, FormValues form)
    {
        yield return input;
        if (form.ErrorFor(input.Id!) is { } error)
        {
            yield return new AdaptiveTextBlock
            {
                Text = error,
                Color = AdaptiveTextColor.Attention,
                Wrap = true,
                Spacing = AdaptiveSpacing.None,
            };
        }
    }

    // A line at the top of a form that had errors, so the user knows to look below.
    public static AdaptiveTextBlock? ErrorSummary(FormValues form, string message) =>
        form.IsValid ? null : new AdaptiveTextBlock
        {
            Text = message,
            Color = AdaptiveTextColor.Attention,
            Weight = AdaptiveTextWeight.Bolder,
            Wrap = true,
        };

    // A form's main button.
    public static AdaptiveSubmitAction Submit(string title, CardAction action, params (string Key, object Value)[] data)
    {
        var button = action.Button(title, data);
        button.Style = AdaptiveActionStyle.Positive;
        return button;
    }

    // The schema's lang is an ISO 639-1 code: the catalog's "zh-Hans" is written "zh" (the official library rejects it).
    public static AdaptiveCard NewCard(string? language) => new(new AdaptiveSchemaVersion(1, 5)) { Lang = language?.Split('-')[0] };
}
