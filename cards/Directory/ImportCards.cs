using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Directory;

// Importing the building directory from a CSV file sent to the bot.
public static class ImportCards
{
    public static AdaptiveCard Instructions(Texts t)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["import.card.title"]));
        card.Body.Add(FormParts.Paragraph(t["import.card.how"]));
        card.Body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new AdaptiveFact(t["import.kind.companies"], "name, floor, suite, aliases"),
                new AdaptiveFact(t["import.kind.members"], "name, email, phone, company"),
            ],
        });
        card.Body.Add(FormParts.Paragraph(t["import.card.allOrNothing"], subtle: true));
        return card;
    }

    // The outcome: the first line is the summary; on failure each further line is one problem.
    public static AdaptiveCard Result(Texts t, string fileName, bool succeeded, IReadOnlyList<string> lines)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("import.card.resultTitle", fileName)));
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = lines[0],
            Wrap = true,
            Weight = AdaptiveTextWeight.Bolder,
            Color = succeeded ? AdaptiveTextColor.Good : AdaptiveTextColor.Attention,
        });
        foreach (var line in lines.Skip(1))
        {
            card.Body.Add(new AdaptiveTextBlock { Text = line, Wrap = true, Spacing = AdaptiveSpacing.Small });
        }
        return card;
    }
}
