using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Visits;

// What the host sees in Teams when their visitor arrives, and after they answered.
public static class HostCards
{

    // Values shown on the card; the visitor's own words are escaped here.
    public sealed record Arrival(int VisitId, bool WalkIn, string VisitorName, string? VisitorCompany, string Purpose, int Guests, string ArrivedAt)
    {
        // Set when the card goes to a colleague because the host did not answer.
        public string? ForHost { get; init; }

        // An invitation's window ("10:00–11:00") and how far outside it the visitor arrived; null for walk-ins.
        public string? Expected { get; init; }
        public int MinutesEarly { get; init; }
        public int MinutesLate { get; init; }
    }

    public static AdaptiveCard Arrived(Texts t, Arrival a)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t[a.WalkIn ? "visits.host.walkInTitle" : "visits.host.arrivedTitle"]));
        card.Body.Add(Facts(t, a));
        if (a.WalkIn)
        {
            card.Actions.Add(Answer(t["visits.answer.LetIn"], a.VisitId, "LetIn", AdaptiveActionStyle.Positive));
            card.Actions.Add(Answer(t["visits.answer.Decline"], a.VisitId, "Decline", AdaptiveActionStyle.Destructive));
            return card;
        }
        card.Actions.Add(Answer(t["visits.answer.ComingDown"], a.VisitId, "ComingDown", AdaptiveActionStyle.Positive));
        card.Actions.Add(new AdaptiveShowCardAction
        {
            Title = t["visits.answer.PleaseWait"],
            Card = WaitCard(t, a.VisitId),
        });
        card.Actions.Add(Answer(t["visits.answer.SendUp"], a.VisitId, "SendUp", AdaptiveActionStyle.Default));
        card.Actions.Add(Answer(t["visits.answer.CannotMake"], a.VisitId, "CannotMake", AdaptiveActionStyle.Destructive));
        return card;
    }

    // The card after an answer: the same facts, what was answered, no buttons.
    public static AdaptiveCard Answered(Texts t, Arrival a, string answerLine)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t[a.WalkIn ? "visits.host.walkInTitle" : "visits.host.arrivedTitle"]));
        card.Body.Add(Facts(t, a));
        card.Body.Add(new AdaptiveTextBlock { Text = answerLine, Wrap = true, Color = AdaptiveTextColor.Good, Weight = AdaptiveTextWeight.Bolder });
        return card;
    }

    private static AdaptiveFactSet Facts(Texts t, Arrival a)
    {
        var facts = new AdaptiveFactSet();
        if (a.ForHost is not null)
        {
            facts.Facts.Add(new AdaptiveFact(t["visits.fact.host"], t.Format("visits.fact.hostNoAnswer", CardText.Escape(a.ForHost))));
        }
        facts.Facts.Add(new AdaptiveFact(t["visits.fact.visitor"], CardText.Escape(a.VisitorName)));
        if (!string.IsNullOrEmpty(a.VisitorCompany))
        {
            facts.Facts.Add(new AdaptiveFact(t["visits.fact.from"], CardText.Escape(a.VisitorCompany)));
        }
        facts.Facts.Add(new AdaptiveFact(t["visits.fact.purpose"], CardText.Escape(a.Purpose)));
        if (a.Guests > 1)
        {
            facts.Facts.Add(new AdaptiveFact(t["visits.fact.guests"], a.Guests.ToString(t.Culture)));
        }
        if (a.Expected is not null)
        {
            facts.Facts.Add(new AdaptiveFact(t["visits.fact.expected"], Expected(t, a)));
        }
        facts.Facts.Add(new AdaptiveFact(t["visits.fact.since"], a.ArrivedAt));
        return facts;
    }

    private static string Expected(Texts t, Arrival a) =>
        a.MinutesEarly > 0 ? t.Format("visits.fact.early", a.Expected!, Duration(t, a.MinutesEarly))
        : a.MinutesLate > 0 ? t.Format("visits.fact.late", a.Expected!, Duration(t, a.MinutesLate))
        : a.Expected!;

    private static string Duration(Texts t, int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => t.Format("visits.duration.minutes", m),
        (var h, 0) => t.Format("visits.duration.hours", h),
        (var h, var m) => t.Format("visits.duration.hoursMinutes", h, m),
    };

    private static AdaptiveCard WaitCard(Texts t, int visitId)
    {
        // No lang of its own: a shown card inherits the outer one's, and the official library rejects a second lang.
        var card = FormParts.NewCard(null);
        card.Body.Add(new AdaptiveChoiceSetInput
        {
            Id = "minutes",
            Label = t["visits.answer.waitLabel"],
            Value = "5",
            Style = AdaptiveChoiceInputStyle.Compact,
            Choices = [.. new[] { 5, 10, 15, 30 }.Select(m => new AdaptiveChoice { Title = t.Format("visits.answer.minutes", m), Value = m.ToString(t.Culture) })],
        });
        card.Actions.Add(Answer(t["visits.answer.send"], visitId, "PleaseWait", AdaptiveActionStyle.Positive));
        return card;
    }

    private static AdaptiveSubmitAction Answer(string title, int visitId, string answer, AdaptiveActionStyle style)
    {
        var button = VisitActions.Answer.Button(title, ("visitId", visitId), ("answer", answer));
        button.Style = style;
        return button;
    }
}
