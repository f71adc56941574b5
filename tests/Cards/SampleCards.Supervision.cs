using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Supervision;

namespace FrontDesk.Tests.Cards;

// Supervision: the rules owner's review card (reminder, on demand, recorded, the box for what changed), the
// managers' notice of the outcome, and the history.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Supervision(Texts t)
    {
        var zh = t.IsChinese;
        var figures = new FiguresView(false, 5, 80, 4, 75, 24, 3, 4, 4, 6.5, 75, 10);
        var quiet = new FiguresView(true, 0, null, 0, null, 24, 0, null, 0, null, null, 10);
        var period = zh ? "2026年7月1日至12月31日" : "1 Jul – 31 Dec 2026";
        var earlier = zh ? "2026年1月1日至6月30日" : "1 Jan – 30 Jun 2026";
        var kept = new ReviewView(earlier, true, null, zh ? "2026年7月1日" : "1 Jul 2026", "Li Na", quiet);
        var changed = new ReviewView(period, false, zh ? "电话问候语现在要说出大楼名称。[Li](http://evil.example) **加粗**" : "Greeting now names the building. [Li](http://evil.example) **bold**", zh ? "2027年1月1日" : "1 Jan 2027",
            "Zhou [Min](http://evil.example)", figures);
        var card = new ReviewCardView("2026-07-01", "2026-12-31", period, figures, kept, null, Reminder: true);
        yield return ("RulesReviewCards.Review", RulesReviewCards.Review(t, card));
        yield return ("RulesReviewCards.Review.toManagers", RulesReviewCards.Review(t, card with { Last = null, Figures = quiet, ToManagers = true }));
        yield return ("RulesReviewCards.Review.recorded", RulesReviewCards.Review(t, card with { Recorded = changed, Reminder = false }, t["supervision.review.already"]));
        var bad = new FormValues { [RulesReviewCards.ChangesField] = new string('x', 2100) };
        bad.AddError(RulesReviewCards.ChangesField, t.Format("form.tooLong", 2000));
        yield return ("RulesReviewCards.ChangeForm", RulesReviewCards.ChangeForm(t, card, FormValues.Empty));
        yield return ("RulesReviewCards.ChangeForm.error", RulesReviewCards.ChangeForm(t, card, bad));
        yield return ("RulesReviewCards.Outcome", RulesReviewCards.Outcome(t, changed));
        yield return ("RulesReviewCards.Outcome.kept", RulesReviewCards.Outcome(t, kept));
        var next = zh ? "2027年7月1日 周四 09:00" : "Thu 1 Jul 2027, 09:00";
        yield return ("RulesHistoryCards.History", RulesHistoryCards.History(t, new HistoryView(t.Format("supervision.history.owner", "Li Na (li.na@building.example)"), next,
            [changed, kept], MayRecord: true)));
        yield return ("RulesHistoryCards.History.empty", RulesHistoryCards.History(t, new HistoryView(t["supervision.history.noOwner"], next, [], MayRecord: false)));
    }
}
