using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Supervision;

// "rules review" for the rules owner and the managers: who owns the rules, when the next reminder is due, the
// reviews newest first, and for whoever records reviews a button to review now.
public static class RulesHistoryCards
{
    public static AdaptiveCard History(Texts t, HistoryView h)
    {
        ArgumentNullException.ThrowIfNull(h);
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["supervision.history.title"];
        card.Body.Add(FormParts.Heading(card.FallbackText));
        card.Body.Add(FormParts.Paragraph(h.Owner));
        card.Body.Add(FormParts.Paragraph(t.Format("supervision.history.next", h.NextReminder), subtle: true));
        if (h.Reviews.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["supervision.review.noneYet"]));
        }
        foreach (var r in h.Reviews)
        {
            var items = new List<AdaptiveElement>
            {
                new AdaptiveTextBlock { Text = t.Format(r.Kept ? "supervision.history.kept" : "supervision.history.changed", r.Period), Wrap = true, Weight = AdaptiveTextWeight.Bolder },
                FormParts.Paragraph(t.Format("supervision.history.recorded", r.RecordedOn, CardText.Escape(r.RecordedBy)), subtle: true),
            };
            if (r.Changes is not null)
            {
                items.Add(new AdaptiveTextBlock { Text = CardText.Escape(r.Changes), Wrap = true });
            }
            items.Add(FormParts.Paragraph(FiguresFacts.Line(t, r.Figures), subtle: true));
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        if (h.MayRecord)
        {
            card.Actions.Add(SupervisionActions.ReviewNow.Button(t["supervision.history.reviewNow"]));
        }
        return card;
    }
}
