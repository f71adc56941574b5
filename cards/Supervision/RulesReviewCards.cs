using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Supervision;

// The rules owner's review card (the scheduled reminder, or asked for with "rules review"): the period's
// compliance figures, the last review, and Kept as they are / Changed…; once recorded, what was recorded.
// Sent to the rules owner, or to the managers when no owner uses the bot; the managers' notice of the outcome.
public static class RulesReviewCards
{
    public const string FromField = "from";
    public const string ToField = "to";
    public const string ReminderField = "reminder";
    public const string ChangesField = "changes";
    public const int ChangesLength = 2000;

    public static AdaptiveCard Review(Texts t, ReviewCardView v, string? notice = null)
    {
        var card = Body(t, v, notice);
        if (v.Recorded is null)
        {
            card.Actions.Add(FormParts.Submit(t["supervision.review.kept"], SupervisionActions.Kept, Period(v)));
            card.Actions.Add(SupervisionActions.Change.Button(t["supervision.review.changed"], Period(v)));
        }
        return card;
    }

    // Changed…: the same card with a box for what changed, kept with its error when the submit was refused.
    public static AdaptiveCard ChangeForm(Texts t, ReviewCardView v, FormValues form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var card = Body(t, v, null);
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = ChangesField,
            Label = t.Format("supervision.review.changesLabel", ChangesLength.ToString("N0", t.Culture)),
            Placeholder = t["supervision.review.changesPlaceholder"],
            Value = form[ChangesField],
            MaxLength = ChangesLength,
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = t["form.required"],
        }, form));
        card.Actions.Add(FormParts.Submit(t["supervision.review.saveChange"], SupervisionActions.SaveChange, Period(v)));
        card.Actions.Add(SupervisionActions.Kept.Button(t["supervision.review.kept"], Period(v)));
        return card;
    }

    // To the managers once the owner has recorded the review.
    public static AdaptiveCard Outcome(Texts t, ReviewView r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t[r.Kept ? "supervision.outcome.keptTitle" : "supervision.outcome.changedTitle"];
        card.Body.Add(FormParts.Heading(card.FallbackText));
        card.Body.Add(FormParts.Paragraph(t.Format("supervision.outcome.by", CardText.Escape(r.RecordedBy), r.Period, r.RecordedOn)));
        if (r.Changes is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = CardText.Escape(r.Changes), Wrap = true });
        }
        card.Body.Add(Section(t.Format("supervision.review.figuresTitle", r.Period)));
        card.Body.Add(FiguresFacts.Facts(t, r.Figures));
        card.Actions.Add(SupervisionActions.History.Button(t["supervision.history.open"]));
        return card;
    }

    // "Kept as they are" or "Changed: what", recorded by whom and when.
    public static string RecordedLine(Texts t, ReviewView r) => r.Kept
        ? t.Format("supervision.review.recordedKept", r.RecordedOn, CardText.Escape(r.RecordedBy))
        : t.Format("supervision.review.recordedChanged", r.RecordedOn, CardText.Escape(r.RecordedBy), CardText.Escape(r.Changes));

    private static AdaptiveCard Body(Texts t, ReviewCardView v, string? notice)
    {
        ArgumentNullException.ThrowIfNull(v);
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t[v.Reminder ? "supervision.review.reminderTitle" : "supervision.review.title"];
        card.Body.Add(FormParts.Heading(card.FallbackText));
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice, Wrap = true, Color = AdaptiveTextColor.Warning, Weight = AdaptiveTextWeight.Bolder });
        }
        if (v.ToManagers)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["supervision.review.toManagers"], Wrap = true, Color = AdaptiveTextColor.Attention });
        }
        card.Body.Add(FormParts.Paragraph(t.Format("supervision.review.ask", v.Period)));
        card.Body.Add(Section(t.Format("supervision.review.figuresTitle", v.Period)));
        card.Body.Add(FiguresFacts.Facts(t, v.Figures));
        card.Body.Add(FormParts.Paragraph(v.Last is { } last
            ? t.Format("supervision.review.last", last.Period, RecordedLine(t, last))
            : t["supervision.review.noneYet"], subtle: true));
        if (v.Recorded is { } recorded)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = RecordedLine(t, recorded), Wrap = true, Color = AdaptiveTextColor.Good, Weight = AdaptiveTextWeight.Bolder });
        }
        return card;
    }

    private static (string, object)[] Period(ReviewCardView v) => [(FromField, v.From), (ToField, v.To), (ReminderField, v.Reminder ? "true" : "false")];

    private static AdaptiveTextBlock Section(string title) => new() { Text = title, Weight = AdaptiveTextWeight.Bolder, Wrap = true, Separator = true };
}
