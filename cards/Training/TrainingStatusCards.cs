using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Training;

// The quarterly rule for managers: who has not attended a session this quarter yet, and who has, with the session.
public static class TrainingStatusCards
{
    public const string QuarterField = "quarter";

    // previous: the quarter before, for its button ("2026-Q3").
    public static AdaptiveCard Status(Texts t, QuarterStatusView q, string previous)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("training.status.title", q.Quarter)));
        card.Body.Add(FormParts.Paragraph(t.Format("training.status.rule", q.Days), subtle: true));
        Section(card, t.Format("training.status.notYet", q.NotYet.Count), q.NotYet, AdaptiveTextColor.Attention, t["training.status.everyone"]);
        Section(card, t.Format("training.status.done", q.Done.Count), q.Done, AdaptiveTextColor.Good, t["training.status.nobody"]);
        card.Actions.Add(TrainingActions.Attendance.Button(t["training.attendance.listTitle"]));
        card.Actions.Add(TrainingActions.Status.Button(t.Format("training.status.previous", previous), (QuarterField, previous)));
        return card;
    }

    private static void Section(AdaptiveCard card, string heading, IReadOnlyList<StatusLineView> lines, AdaptiveTextColor color, string empty)
    {
        card.Body.Add(new AdaptiveTextBlock { Text = heading, Weight = AdaptiveTextWeight.Bolder, Color = color, Wrap = true, Separator = true });
        if (lines.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(empty, subtle: true));
            return;
        }
        card.Body.Add(new AdaptiveFactSet { Facts = [.. lines.Select(l => new AdaptiveFact(CardText.Escape(l.Name), CardText.Escape(l.Detail)))] });
    }
}
