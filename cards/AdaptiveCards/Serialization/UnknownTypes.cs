namespace AdaptiveCards;

// Lists the element and action types FromJson could not map, as parse warnings.
internal static class UnknownTypes
{
    public const int UnknownElementTypeCode = 1;

    public static IEnumerable<AdaptiveWarning> In(AdaptiveCard card) =>
        Walk(card).Select(type => new AdaptiveWarning(UnknownElementTypeCode, $"Unknown type \"{type}\" was kept as is."));

    private static IEnumerable<string> Walk(AdaptiveCard card) =>
        card.Body.SelectMany(Walk).Concat(card.Actions.SelectMany(Walk));

    private static IEnumerable<string> Walk(AdaptiveElement element) => element switch
    {
        AdaptiveUnknownElement unknown => [unknown.Type],
        AdaptiveContainer container => container.Items.SelectMany(Walk),
        AdaptiveColumnSet columnSet => columnSet.Columns.SelectMany(Walk),
        AdaptiveActionSet actionSet => actionSet.Actions.SelectMany(Walk),
        AdaptiveTable table => table.Rows.SelectMany(row => row.Cells).SelectMany(Walk),
        _ => [],
    };

    private static IEnumerable<string> Walk(AdaptiveAction action) => action switch
    {
        AdaptiveUnknownAction unknown => [unknown.Type],
        AdaptiveShowCardAction { Card: { } card } => Walk(card),
        _ => [],
    };
}
