using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Training;

// What the outbox brings staff and managers about training: a session changed or cancelled, a place that came
// free, tomorrow's session, and the quarter's reminder. Everything typed is escaped.
public static class TrainingNoticeCards
{
    public static AdaptiveCard Changed(Texts t, TrainingSessionView s, SessionChangeView was)
    {
        var card = Titled(t, t.Format("training.notice.changedTitle", CardText.Escape(s.Topic)));
        card.Body.Add(FormParts.Paragraph(t["training.notice.changedIntro"]));
        var facts = new List<AdaptiveFact>
        {
            new(t["training.fact.when"], Was(t, s.When, was.WasWhen)),
            new(t["training.fact.place"], Was(t, CardText.Escape(s.Place), was.WasPlace is null ? null : CardText.Escape(was.WasPlace))),
            new(t["training.fact.trainer"], Was(t, CardText.Escape(s.Trainer), was.WasTrainer is null ? null : CardText.Escape(was.WasTrainer))),
        };
        card.Body.Add(new AdaptiveFactSet { Facts = facts });
        card.Body.Add(FormParts.Paragraph(t["training.notice.changedCheck"], subtle: true));
        card.Actions.Add(TrainingActions.Mine.Button(t["training.mine.button"]));
        return card;
    }

    public static AdaptiveCard Cancelled(Texts t, TrainingSessionView s, string? reason)
    {
        var card = Titled(t, t.Format("training.notice.cancelledTitle", CardText.Escape(s.Topic)));
        card.Body.Add(FormParts.Paragraph(t.Format("training.notice.cancelledIntro", CardText.Escape(s.Topic), s.When, CardText.Escape(s.Place))));
        if (!string.IsNullOrWhiteSpace(reason))
        {
            card.Body.Add(FormParts.Paragraph(t.Format("training.notice.reason", CardText.Escape(reason))));
        }
        card.Actions.Add(TrainingActions.List.Button(t["training.notice.otherSessions"]));
        return card;
    }

    public static AdaptiveCard MovedUp(Texts t, TrainingSessionView s)
    {
        var card = Titled(t, t["training.notice.movedUpTitle"]);
        card.Body.Add(FormParts.Paragraph(t.Format("training.notice.movedUpIntro", CardText.Escape(s.Topic))));
        card.Body.Add(TrainingCards.Facts(t, s, cost: false));
        card.Actions.Add(TrainingActions.Mine.Button(t["training.mine.button"]));
        return card;
    }

    public static AdaptiveCard Reminder(Texts t, TrainingSessionView s)
    {
        var card = Titled(t, t.Format("training.notice.reminderTitle", CardText.Escape(s.Topic)));
        card.Body.Add(TrainingCards.Facts(t, s, cost: false));
        card.Body.Add(FormParts.Paragraph(t["training.notice.reminderCannotCome"], subtle: true));
        card.Actions.Add(TrainingActions.GiveUp.Button(t["training.mine.cancel"], (TrainingFormCards.SessionField, s.Id)));
        return card;
    }

    // To a staff member who has not attended a session this quarter yet.
    public static AdaptiveCard QuarterStaff(Texts t, string quarter, string lastDay)
    {
        var card = Titled(t, t.Format("training.notice.quarterTitle", quarter));
        card.Body.Add(FormParts.Paragraph(t.Format("training.notice.quarterStaff", quarter, lastDay)));
        card.Actions.Add(FormParts.Submit(t["training.list.button"], TrainingActions.List));
        return card;
    }

    // To the managers: who has not attended yet (names as entered, escaped).
    public static AdaptiveCard QuarterManagers(Texts t, string quarter, string lastDay, IReadOnlyList<string> notYet)
    {
        var card = Titled(t, t.Format("training.notice.quarterManagersTitle", quarter, notYet.Count));
        card.Body.Add(FormParts.Paragraph(t.Format("training.notice.quarterManagers", lastDay)));
        card.Body.Add(FormParts.Paragraph(string.Join(t["training.status.separator"], notYet.Select(CardText.Escape))));
        card.Actions.Add(TrainingActions.Status.Button(t["training.status.button"]));
        return card;
    }

    private static AdaptiveCard Titled(Texts t, string title)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(title));
        return card;
    }

    private static string Was(Texts t, string now, string? was) => was is null ? now : t.Format("training.notice.was", now, was);
}
