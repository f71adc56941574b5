using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits;

// The desk's alert when a visitor's host has not answered, with "I'll see to them", and the card it becomes
// once pressed: who is seeing to the visitor, or why nothing was recorded.
public static class DeskServeCards
{
    public const string VisitField = "visitId";

    // As stored; the builder escapes the names. ArrivedAt comes formatted ("09:02").
    public sealed record Waiting(int VisitId, string VisitorName, string Host, string Company, string ArrivedAt);

    public static AdaptiveCard NoAnswer(Texts t, Waiting w)
    {
        var card = Body(t, w);
        card.Actions.Add(FormParts.Submit(t["visits.desk.serve"], VisitActions.Serve, (VisitField, w.VisitId)));
        return card;
    }

    // No buttons: the outcome line, green when it is now this person's visitor.
    public static AdaptiveCard Settled(Texts t, Waiting w, string outcome, bool yours, string? note = null)
    {
        var card = Body(t, w);
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = outcome,
            Wrap = true,
            Weight = AdaptiveTextWeight.Bolder,
            Color = yours ? AdaptiveTextColor.Good : AdaptiveTextColor.Attention,
        });
        if (note is not null)
        {
            card.Body.Add(FormParts.Paragraph(note, subtle: true));
        }
        return card;
    }

    private static AdaptiveCard Body(Texts t, Waiting w)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["visits.desk.noAnswerTitle"]));
        card.Body.Add(FormParts.Paragraph(t.Format("visits.desk.noAnswer",
            CardText.Escape(w.VisitorName), CardText.Escape(w.Host), CardText.Escape(w.Company), w.ArrivedAt)));
        return card;
    }
}
