using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Lobby;

// What replaces a kiosk form once it has done its work: the facts, read-only, with no button to tap again.
public static class KioskSummaryCard
{
    // Values are shown literally (a visitor's name may hold markdown or look like an address).
    public static AdaptiveCard Build(Texts t, string heading, IEnumerable<(string Label, string Value)> facts)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = heading;
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = heading,
            Size = AdaptiveTextSize.Large,
            Weight = AdaptiveTextWeight.Bolder,
            Color = AdaptiveTextColor.Good,
            Wrap = true,
        });
        var set = new AdaptiveFactSet();
        set.Facts.AddRange(facts.Where(f => f.Value.Length > 0).Select(f => new AdaptiveFact(f.Label, CardText.EscapeForWebChat(f.Value))));
        if (set.Facts.Count > 0)
        {
            card.Body.Add(set);
        }
        return card;
    }
}
