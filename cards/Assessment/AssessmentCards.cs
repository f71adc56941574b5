using System.Globalization;
using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Assessment;

// The quarter's assessment: the managers' ranking with each score's parts and the records behind them, one staff
// member's own scores, and the attitude rating form. Names are escaped where they are text.
public static class AssessmentCards
{
    public const string QuarterField = "quarter";
    public const string StaffField = "staff";
    public const string AwardField = "award";
    public const string RatingField = "rating";
    public const string NoteField = "note";
    public const int NoteLength = 500;

    public static readonly string[] Ratings = ["1", "2", "3", "4", "5"];

    public static AdaptiveCard Ranking(Texts t, AssessmentView a, string? notice = null)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t.Format("assessment.title", a.Quarter);
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice, Wrap = true, Color = AdaptiveTextColor.Good });
        }
        card.Body.Add(FormParts.Heading(card.FallbackText));
        card.Body.Add(FormParts.Paragraph(Rules(t, a.Rules), subtle: true));
        if (a.Staff.Count == 0)
        {
            card.Body.Add(FormParts.Paragraph(t["assessment.noStaff"]));
        }
        foreach (var s in a.Staff)
        {
            var items = new List<AdaptiveElement>
            {
                new AdaptiveTextBlock { Text = Headline(t, s), Wrap = true, Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium },
                Parts(t, s, a.Rules),
                new AdaptiveActionSet
                {
                    Actions =
                    [
                        AssessmentActions.OpenAttitude.Button(t["assessment.rateAttitude"], (StaffField, s.StaffId), (QuarterField, a.Quarter)),
                        AssessmentActions.Award.Button(t[s.Awarded ? "assessment.unaward" : "assessment.award"], (StaffField, s.StaffId), (QuarterField, a.Quarter),
                            (AwardField, s.Awarded ? "false" : "true")),
                        AssessmentActions.Detail.Button(t["assessment.details"], (StaffField, s.StaffId), (QuarterField, a.Quarter)),
                    ],
                },
            };
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        card.Actions.Add(AssessmentActions.Show.Button(t["assessment.earlier"], (QuarterField, a.EarlierQuarter)));
        if (a.LaterQuarter is not null)
        {
            card.Actions.Add(AssessmentActions.Show.Button(t["assessment.later"], (QuarterField, a.LaterQuarter)));
        }
        card.Actions.Add(new AdaptiveOpenUrlAction { Title = t["assessment.download"], Url = a.Download });
        return card;
    }

    // One staff member's quarter: what a staff member sees of themselves, and a manager's Details.
    public static AdaptiveCard Detail(Texts t, string quarter, StaffScoreView s, AssessmentRulesView rules, bool forManager)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t.Format("assessment.detailTitle", CardText.Escape(s.Name), quarter);
        card.Body.Add(FormParts.Heading(card.FallbackText));
        card.Body.Add(new AdaptiveTextBlock { Text = Headline(t, s, ranked: false), Wrap = true, Weight = AdaptiveTextWeight.Bolder });
        card.Body.Add(Parts(t, s, rules));
        card.Body.Add(new AdaptiveFactSet
        {
            Facts =
            [
                new(t["assessment.calls"], Count(t, s.Calls)),
                new(t["assessment.mail"], Count(t, s.Mail)),
                new(t.Format("assessment.walkIns", rules.WalkInWaitMinutes), Count(t, s.WalkIns)),
                new(t["assessment.feedbackRatings"], s.FeedbackAverage is { } avg ? t.Format("assessment.ratingsAverage", Number(avg), s.FeedbackCount) : t["assessment.none"]),
            ],
        });
        if (s.AttitudeNote is not null)
        {
            card.Body.Add(FormParts.Paragraph(t.Format("assessment.note", CardText.Escape(s.AttitudeNote))));
        }
        card.Body.Add(FormParts.Paragraph(Rules(t, rules), subtle: true));
        if (forManager)
        {
            card.Actions.Add(AssessmentActions.Show.Button(t["assessment.backToRanking"], (QuarterField, quarter)));
        }
        return card;
    }

    public static AdaptiveCard Attitude(Texts t, string quarter, int staffId, string name, FormValues form)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("assessment.attitudeTitle", CardText.Escape(name), quarter)));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
        {
            Id = RatingField,
            Label = t["assessment.attitudeRating"],
            Style = AdaptiveChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = t["form.pickOne"],
            Value = Ratings.Contains(form[RatingField]) ? form[RatingField] : null,
            Choices = [.. Ratings.Select(r => new AdaptiveChoice { Title = t[$"assessment.attitude.{r}"], Value = r })],
        }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTextInput
        {
            Id = NoteField,
            Label = t.Format("assessment.attitudeNote", NoteLength),
            Value = form[NoteField],
            MaxLength = NoteLength,
            IsMultiline = true,
        }, form));
        card.Actions.Add(FormParts.Submit(t["assessment.saveAttitude"], AssessmentActions.SaveAttitude, (StaffField, staffId), (QuarterField, quarter)));
        card.Actions.Add(AssessmentActions.Show.Button(t["assessment.backToRanking"], (QuarterField, quarter)));
        return card;
    }

    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Headline(Texts t, StaffScoreView s, bool ranked = true)
    {
        var score = s.Total is { } total ? t.Format("assessment.score", Math.Round(total).ToString(CultureInfo.InvariantCulture)) : t["assessment.noScore"];
        var line = ranked ? $"{s.Rank}. {CardText.Escape(s.Name)} — {score}" : score;
        return s.Awarded ? $"{line} · {t["assessment.awarded"]}" : line;
    }

    private static AdaptiveFactSet Parts(Texts t, StaffScoreView s, AssessmentRulesView rules) => new()
    {
        Facts =
        [
            new(t["assessment.service"], s.Service.Value is { } service
                ? t.Format("assessment.servicePart", Whole(service), Weight(s.Service))
                : t["assessment.noRecords"]),
            new(t["assessment.feedback"], s.Feedback.Value is { } feedback
                ? t.Format("assessment.feedbackPart", Number(s.FeedbackAverage!.Value), s.FeedbackCount, Whole(feedback), Weight(s.Feedback))
                : t.Format("assessment.notEnoughFeedback", s.FeedbackCount, rules.MinimumFeedback)),
            new(t["assessment.attitude"], s.Attitude.Value is { } attitude
                ? t.Format("assessment.attitudePart", s.AttitudeRating!.Value, Whole(attitude), Weight(s.Attitude))
                : t["assessment.notRated"]),
        ],
    };

    private static string Rules(Texts t, AssessmentRulesView r) =>
        t.Format("assessment.rules", r.ServiceWeight, r.FeedbackWeight, r.AttitudeWeight, r.MinimumFeedback);

    private static string Count(Texts t, CountView c) => c.Handled == 0 ? t["assessment.none"] : t.Format("assessment.count", c.Met, c.Handled);

    private static string Whole(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);

    private static string Weight(PartView part) => Math.Round(part.Weight).ToString(CultureInfo.InvariantCulture);
}
