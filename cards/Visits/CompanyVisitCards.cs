using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits;

// A tenant's own visitors today in Teams ("our visitors"): expected, arrived, left. Only their company's.
public static class CompanyVisitCards
{
    // Names are escaped by the builder; the time and status come formatted in the reader's language.
    public sealed record Line(string Visitor, string? VisitorCompany, string Host, string Time, string? Status, int Guests);

    public static AdaptiveCard Today(Texts t, string company, string day, IReadOnlyList<Line> expected, IReadOnlyList<Line> arrived, IReadOnlyList<Line> left)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("ours.title", CardText.Escape(company), day)));
        foreach (var (key, lines) in new[] { ("ours.expected", expected), ("ours.arrived", arrived), ("ours.left", left) })
        {
            card.Body.Add(new AdaptiveTextBlock
            {
                Text = t.Format(key, DeskCards.People(t, lines.Sum(l => l.Guests))),
                Weight = AdaptiveTextWeight.Bolder,
                Separator = true,
                Spacing = AdaptiveSpacing.Medium,
            });
            if (lines.Count == 0)
            {
                card.Body.Add(FormParts.Paragraph(t["ours.none"], subtle: true));
            }
            card.Body.AddRange(lines.Select(l => FormParts.Paragraph(Row(t, l))));
        }
        card.Actions.Add(VisitActions.OurVisitors.Button(t["ours.refresh"]));
        return card;
    }

    private static string Row(Texts t, Line l)
    {
        var who = CardText.NameAndCompany(l.Visitor, l.VisitorCompany);
        if (l.Guests > 1)
        {
            who += $" · {t.Format("desk.line.party", l.Guests)}";
        }
        var text = t.Format("ours.line", who, CardText.Escape(l.Host), l.Time);
        return l.Status is null ? text : $"{text} · {l.Status}";
    }
}
