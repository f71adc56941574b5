using AdaptiveCards;
using FrontDesk.Cards.Assessment;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Tests.Cards;

// Staff assessment: the managers' ranking, one person's scores, the attitude form.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Assessment(Texts t)
    {
        var rules = new AssessmentRulesView(40, 40, 20, 3, 10);
        var qian = new StaffScoreView(2, "Zhou [Li](http://evil.example)", 1, new(2, 2), new(0, 0), new(0, 0), new(100, 66.7), 2, 5, new(null, 0),
            3, t.IsChinese ? "待人热情。" : "Warm with visitors.", new(50, 33.3), 83.3, Awarded: true);
        var zhou = new StaffScoreView(1, "Li Na", 2, new(4, 3), new(4, 3), new(2, 1), new(70, 40), 4, 4, new(75, 40), null, null, new(null, 0), 72.5, Awarded: false);
        var download = new Uri("https://frontdesk.example/api/exports/assessment/token");
        yield return ("AssessmentCards.Ranking", AssessmentCards.Ranking(t, new AssessmentView("2026-Q4", "2026-Q3", null, rules, [qian, zhou], download),
            t.Format("assessment.saved", "Zhou Min")));
        yield return ("AssessmentCards.Ranking.empty", AssessmentCards.Ranking(t, new AssessmentView("2026-Q3", "2026-Q2", "2026-Q4", rules, [], download)));
        yield return ("AssessmentCards.Detail", AssessmentCards.Detail(t, "2026-Q4", qian, rules, forManager: true));
        yield return ("AssessmentCards.Detail.own", AssessmentCards.Detail(t, "2026-Q4", zhou, rules, forManager: false));
        var bad = new FormValues { [AssessmentCards.RatingField] = "6", [AssessmentCards.NoteField] = t.IsChinese ? "准时" : "On time" };
        bad.AddError(AssessmentCards.RatingField, t["assessment.badRating"]);
        yield return ("AssessmentCards.Attitude", AssessmentCards.Attitude(t, "2026-Q4", 1, "Zhou Min", bad));
    }
}
