using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Feedback;

// What people read about feedback: the giver's thanks, the managers' low-rating alert and its follow-up, and
// "my feedback". Everything typed is escaped; who gave it appears only where they agreed to be contacted.
public static class FeedbackCards
{
    public const string FeedbackField = "feedback";
    public const string NoteField = "note";
    public const int NoteLength = 1000;

    // What replaces the submitted form in Teams, and the kiosk's summary lines.
    public static AdaptiveCard Saved(Texts t, FeedbackView f, bool again)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t[f.Source == "RecordedByStaff" ? "feedback.saved.recorded" : "feedback.saved.thanks"]));
        if (again)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["feedback.saved.again"], Wrap = true, Color = AdaptiveTextColor.Warning });
        }
        card.Body.Add(Facts(t, f, forManagers: false));
        if (f.Comment is not null)
        {
            card.Body.Add(Comment(f));
        }
        if (f.Rating <= 2)
        {
            card.Body.Add(FormParts.Paragraph(t["feedback.saved.low"], subtle: true));
        }
        return card;
    }

    // A manager's alert for a rating of 1 or 2; once followed up, who did what replaces the button.
    public static AdaptiveCard Alert(Texts t, FeedbackView f)
    {
        var card = AlertBody(t, f);
        if (f.FollowedUpAt is null)
        {
            card.Actions.Add(FeedbackActions.FollowUp.Button(t["feedback.alert.followUp"], (FeedbackField, f.Id)));
        }
        return card;
    }

    // Follow up: the alert with a box for what was done.
    public static AdaptiveCard FollowUp(Texts t, FeedbackView f, FormValues form)
    {
        var card = AlertBody(t, f);
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = NoteField,
            Label = t.Format("feedback.followUp.note", NoteLength),
            Value = form[NoteField],
            MaxLength = NoteLength,
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = t["form.required"],
        }, form));
        card.Actions.Add(FormParts.Submit(t["feedback.followUp.save"], FeedbackActions.SaveFollowUp, (FeedbackField, f.Id)));
        return card;
    }

    // A member's own feedback, or what was said about a staff member (never by whom).
    public static AdaptiveCard Mine(Texts t, IReadOnlyList<FeedbackView> entries, bool aboutMe, RatingView? overall)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(aboutMe ? t["feedback.mine.aboutTitle"] : t["feedback.mine.givenTitle"]));
        if (entries.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(aboutMe ? t["feedback.mine.aboutNone"] : t["feedback.mine.givenNone"]));
            return card;
        }
        if (overall is { Average: { } average })
        {
            card.Body.Add(FormParts.Paragraph(t.Format("feedback.mine.average", Number(average), overall.Count)));
        }
        foreach (var f in entries)
        {
            var items = new List<AdaptiveElement> { new AdaptiveTextBlock { Text = Line(t, f), Wrap = true, Weight = AdaptiveTextWeight.Bolder } };
            if (f.Comment is not null)
            {
                items.Add(Comment(f));
            }
            if (!aboutMe && f.About is not null)
            {
                items.Add(FormParts.Paragraph(t.Format("feedback.mine.about", CardText.Escape(f.About)), subtle: true));
            }
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        return card;
    }

    // "★★☆☆☆ 2 · Reception · 2026-12-01 09:00"
    public static string Line(Texts t, FeedbackView f) => $"{Stars(f.Rating)} {f.Rating} · {t[$"feedback.category.{f.Category}"]} · {f.GivenAt}";

    public static string Stars(int rating) => new string('★', rating) + new string('☆', 5 - rating);

    public static string Number(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    public static AdaptiveTextBlock Comment(FeedbackView f) => new() { Text = CardText.Escape(f.Comment!), Wrap = true };

    private static AdaptiveCard AlertBody(Texts t, FeedbackView f)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t.Format("feedback.alert.title", f.Rating, t[$"feedback.category.{f.Category}"]);
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = card.FallbackText,
            Size = AdaptiveTextSize.Large,
            Weight = AdaptiveTextWeight.Bolder,
            Wrap = true,
            Color = AdaptiveTextColor.Attention,
        });
        card.Body.Add(Facts(t, f, forManagers: true));
        card.Body.Add(f.Comment is null ? FormParts.Paragraph(t["feedback.alert.noComment"], subtle: true) : Comment(f));
        if (f.FollowedUpAt is not null)
        {
            card.Body.Add(new AdaptiveTextBlock
            {
                Text = t.Format("feedback.alert.followedUp", f.FollowedUpAt, CardText.Escape(f.FollowedUpBy ?? ""), CardText.Escape(f.FollowUpNote ?? "")),
                Wrap = true,
                Color = AdaptiveTextColor.Good,
            });
        }
        return card;
    }

    private static AdaptiveFactSet Facts(Texts t, FeedbackView f, bool forManagers)
    {
        var facts = new List<AdaptiveFact>
        {
            new(t["feedback.fact.rating"], $"{Stars(f.Rating)} {f.Rating}/5"),
            new(t["feedback.fact.category"], t[$"feedback.category.{f.Category}"]),
        };
        if (f.About is not null)
        {
            facts.Add(new(t["feedback.fact.about"], CardText.Escape(f.About)));
        }
        if (forManagers)
        {
            facts.Add(new(t["feedback.fact.source"], Source(t, f)));
            facts.Add(new(t["feedback.fact.from"], f.Contact is null ? t["feedback.fact.noContact"] : CardText.Escape(f.Contact)));
        }
        facts.Add(new(t["feedback.fact.given"], f.GivenAt));
        return new AdaptiveFactSet { Facts = facts };
    }

    private static string Source(Texts t, FeedbackView f) => f.Source switch
    {
        "RecordedByStaff" => t.Format("feedback.source.recorded", CardText.Escape(f.RecordedBy ?? ""), t[$"feedback.channel.{f.Channel ?? "Other"}"]),
        _ => t[$"feedback.source.{f.Source}"],
    };
}
