using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Tests.Cards;

// Feedback: the one form (kiosk, member, desk), the thanks, the managers' alert and follow-up, my feedback, the summary.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Feedback(Texts t)
    {
        DeskChoice[] desk = [new(1, "Li Na"), new(2, "Zhou [Min](http://evil.example)")];
        var low = new FeedbackView(17, 2, "Mail", t.IsChinese ? "包裹在[前台](http://evil.example)等了**两天**。" : "My parcel waited **two days** at [the desk](http://evil.example).", "Li Na", "Teams", null, null,
            "Ann Lee (Harbour Logistics), ann@harbour.example", "2026-12-01 10:42", null, null, null);
        var recorded = low with { Id = 18, Rating = 5, Category = "Phone", Comment = null, About = null, Source = "RecordedByStaff", Channel = "Phone", RecordedBy = "Li Na", Contact = null };
        var followedUp = low with { FollowedUpAt = "2026-12-01 11:05", FollowedUpBy = "Wei Zhang", FollowUpNote = t.IsChinese ? "已致电；包裹现在中午前送上楼。" : "Called Ann; parcels now go up by noon." };

        yield return ("FeedbackFormCards.ForVisitor", FeedbackFormCards.ForVisitor(t, FormValues.Empty, desk, "f-3b9d2c", "sealed-visit"));
        var bad = new FormValues { [FeedbackFormCards.RatingField] = "6", [FeedbackFormCards.CommentField] = t.IsChinese ? "太慢" : "Slow", [FeedbackFormCards.ContactField] = "true" };
        bad.AddError(FeedbackFormCards.RatingField, t["feedback.form.badRating"]);
        bad.AddError(FeedbackFormCards.ContactDetailsField, t["feedback.form.contactMissing"]);
        yield return ("FeedbackFormCards.ForVisitor.withErrors", FeedbackFormCards.ForVisitor(t, bad, desk, "f-3b9d2c", null));
        yield return ("FeedbackFormCards.ForMember", FeedbackFormCards.ForMember(t, FormValues.Empty, desk, "9a1c2b"));
        yield return ("FeedbackFormCards.ForDesk", FeedbackFormCards.ForDesk(t, bad, [], "9a1c2b"));
        yield return ("FeedbackCards.Saved", FeedbackCards.Saved(t, low, again: false));
        yield return ("FeedbackCards.Saved.recordedAgain", FeedbackCards.Saved(t, recorded, again: true));
        yield return ("FeedbackCards.Alert", FeedbackCards.Alert(t, low));
        yield return ("FeedbackCards.Alert.followedUp", FeedbackCards.Alert(t, followedUp));
        var noNote = new FormValues();
        noNote.AddError(FeedbackCards.NoteField, t["form.required"]);
        yield return ("FeedbackCards.FollowUp", FeedbackCards.FollowUp(t, low, noNote));
        yield return ("FeedbackCards.Mine", FeedbackCards.Mine(t, [low, recorded], aboutMe: false, null));
        yield return ("FeedbackCards.Mine.aboutMe", FeedbackCards.Mine(t, [low with { Contact = null }], aboutMe: true, new RatingView(4, 3.5, 0.25)));
        yield return ("FeedbackCards.Mine.none", FeedbackCards.Mine(t, [], aboutMe: true, new RatingView(0, null, null)));
        var now = new RatingView(4, 2.75, 0.5);
        var before = new RatingView(3, 11.0 / 3, 1.0 / 3);
        yield return ("FeedbackSummaryCard.Build", FeedbackSummaryCard.Build(t, new FeedbackSummaryView(
            t.Format("feedback.summary.week", t.IsChinese ? "11月30日" : "30 Nov", t.IsChinese ? "12月6日" : "6 Dec", "2026-W49"), "2026-W49", IsMonth: false, "2026-W48", null, "2026-12", now, before,
            [new("Reception", new(2, 4, 0), new(2, 3, 0.5)), new("Phone", new(0, null, null), new(0, null, null))],
            [new(t.IsChinese ? "11月30日 – 12月6日" : "30 Nov – 6 Dec", now)], [new(t.IsChinese ? "11月23日 – 11月29日" : "23 Nov – 29 Nov", before)], [low, followedUp],
            new Uri("https://frontdesk.example/api/exports/feedback/token"))));
        yield return ("FeedbackSummaryCard.Build.month", FeedbackSummaryCard.Build(t, new FeedbackSummaryView(
            t.IsChinese ? "2026年11月" : "November 2026", "2026-11", IsMonth: true, "2026-10", "2026-12", "2026-W48", new(0, null, null), new(0, null, null), [], [], [], [],
            new Uri("https://frontdesk.example/api/exports/feedback/token"))));
    }
}
