using System.Globalization;
using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Training;

// A manager marks who came: the sessions that have started, then one session's people, each ticked present or not.
public static class AttendanceCards
{
    public const string PresentPrefix = "present.";

    public static string PresentField(int staffId) => PresentPrefix + staffId.ToString(CultureInfo.InvariantCulture);

    public static AdaptiveCard Sessions(Texts t, IReadOnlyList<AttendanceSessionView> sessions, int days)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["training.attendance.listTitle"]));
        if (sessions.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t.Format("training.attendance.none", days)));
        }
        foreach (var a in sessions)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock { Text = $"**{CardText.Escape(a.Session.Topic)}** · {a.Session.When}", Wrap = true },
                    FormParts.Paragraph(t.Format("training.attendance.counts", a.Session.Taken, a.Marked, a.Present), subtle: true),
                    new AdaptiveActionSet
                    {
                        Actions = [TrainingActions.OpenAttendance.Button(t["training.attendance.open"], (TrainingFormCards.SessionField, a.Session.Id))],
                    },
                ],
            });
        }
        return card;
    }

    // Everyone with a place on the session, ticked when marked present; saving marks the unticked absent.
    public static AdaptiveCard Form(Texts t, TrainingSessionView s, IReadOnlyList<RosterLineView> people, FormValues form, TrainingNotice? notice)
    {
        var card = FormParts.NewCard(t.Language);
        TrainingCards.AddNotice(card, notice);
        card.Body.Add(FormParts.Heading(t.Format("training.attendance.title", CardText.Escape(s.Topic))));
        card.Body.Add(FormParts.Paragraph($"{s.When} · {CardText.Escape(s.Place)} · {CardText.Escape(s.Trainer)}", subtle: true));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        foreach (var error in form.Errors.Where(e => !people.Any(p => PresentField(p.StaffId) == e.Key)).Select(e => e.Value).Distinct())
        {
            card.Body.Add(new AdaptiveTextBlock { Text = error, Wrap = true, Color = AdaptiveTextColor.Attention });
        }
        if (people.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["training.attendance.nobody"]));
            return card;
        }
        card.Body.Add(FormParts.Paragraph(t["training.attendance.tick"]));
        foreach (var p in people)
        {
            var id = PresentField(p.StaffId);
            // A toggle's title is plain text, like a choice's: the name as entered.
            card.Body.AddRange(FormParts.WithError(new AdaptiveToggleInput
            {
                Id = id,
                Title = p.Name,
                Value = (form[id].Length > 0 ? form[id] == "true" : p.Attendance == "present") ? "true" : "false",
                Wrap = true,
            }, form));
        }
        card.Actions.Add(FormParts.Submit(t["training.attendance.save"], TrainingActions.SaveAttendance, (TrainingFormCards.SessionField, s.Id)));
        return card;
    }
}
