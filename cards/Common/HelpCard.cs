using AdaptiveCards;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Common;

// One line of the help card: what the task does, what to type, and the action that starts it.
public sealed record HelpEntry(string Title, string Description, string Typed, CardAction Start);

public static class HelpCard
{
    public static AdaptiveCard Build(Texts t, string who, string? notice, IReadOnlyList<HelpEntry> entries)
    {
        var card = FormParts.NewCard(t.Language);
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice, Wrap = true, Color = AdaptiveTextColor.Warning });
        }
        card.Body.Add(FormParts.Heading(t["help.title"]));
        card.Body.Add(FormParts.Paragraph(who, subtle: true));
        if (entries.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["help.nothingYet"]));
        }
        foreach (var entry in entries)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock { Text = entry.Title, Weight = AdaptiveTextWeight.Bolder, Wrap = true },
                    FormParts.Paragraph(entry.Description),
                    FormParts.Paragraph(t.Format("help.typeThis", entry.Typed), subtle: true),
                    new AdaptiveActionSet
                    {
                        Actions = [entry.Start.Button(entry.Title)],
                    },
                ],
            });
        }
        return card;
    }
}
