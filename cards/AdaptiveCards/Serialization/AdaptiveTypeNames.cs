namespace AdaptiveCards;

// Maps the JSON "type" discriminator to the model's classes for reading cards back.
internal static class AdaptiveTypeNames
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        [AdaptiveTextBlock.TypeName] = typeof(AdaptiveTextBlock),
        [AdaptiveRichTextBlock.TypeName] = typeof(AdaptiveRichTextBlock),
        [AdaptiveTextRun.TypeName] = typeof(AdaptiveTextRun),
        [AdaptiveImage.TypeName] = typeof(AdaptiveImage),
        [AdaptiveImageSet.TypeName] = typeof(AdaptiveImageSet),
        [AdaptiveContainer.TypeName] = typeof(AdaptiveContainer),
        [AdaptiveColumnSet.TypeName] = typeof(AdaptiveColumnSet),
        [AdaptiveColumn.TypeName] = typeof(AdaptiveColumn),
        [AdaptiveFactSet.TypeName] = typeof(AdaptiveFactSet),
        [AdaptiveActionSet.TypeName] = typeof(AdaptiveActionSet),
        [AdaptiveTable.TypeName] = typeof(AdaptiveTable),
        [AdaptiveTableCell.TypeName] = typeof(AdaptiveTableCell),
        [AdaptiveTextInput.TypeName] = typeof(AdaptiveTextInput),
        [AdaptiveNumberInput.TypeName] = typeof(AdaptiveNumberInput),
        [AdaptiveDateInput.TypeName] = typeof(AdaptiveDateInput),
        [AdaptiveTimeInput.TypeName] = typeof(AdaptiveTimeInput),
        [AdaptiveToggleInput.TypeName] = typeof(AdaptiveToggleInput),
        [AdaptiveChoiceSetInput.TypeName] = typeof(AdaptiveChoiceSetInput),
        [AdaptiveSubmitAction.TypeName] = typeof(AdaptiveSubmitAction),
        [AdaptiveOpenUrlAction.TypeName] = typeof(AdaptiveOpenUrlAction),
        [AdaptiveShowCardAction.TypeName] = typeof(AdaptiveShowCardAction),
        [AdaptiveExecuteAction.TypeName] = typeof(AdaptiveExecuteAction),
        [AdaptiveToggleVisibilityAction.TypeName] = typeof(AdaptiveToggleVisibilityAction),
    };

    public static Type? Find(string? typeName) =>
        typeName is not null && Types.TryGetValue(typeName, out var type) ? type : null;
}
