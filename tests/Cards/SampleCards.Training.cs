using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;

namespace FrontDesk.Tests.Cards;

// Training in Teams: the session form, the lists, the notices, attendance and the quarterly status.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Training(Texts t)
    {
        var when = t.IsChinese ? "12月8日 周二 14:00" : "Tue 8 Dec, 14:00";
        var etiquette = new TrainingSessionView(7, t["training.topic.Etiquette"], when, "[Harbour House](http://evil.example)", "Li Na", 12, 5, 0, "CNY 1,200.50");
        var fire = new TrainingSessionView(8, "Fire drill", when, "Harbour House", "Zhou Min", 2, 2, 3, "0.00", MyPlace.Waiting, Position: 2);
        var mine = etiquette with { Mine = MyPlace.SignedUp };
        var quarter = t.IsChinese ? "2026年第4季度" : "2026 Q4";
        var lastDay = t.IsChinese ? "12月31日" : "31 December";

        yield return ("TrainingFormCards.Session", TrainingFormCards.Session(t, Form(t, [(TrainingFormCards.DateField, "2026-12-08"), (TrainingFormCards.TimeField, "14:00"),
            (TrainingFormCards.CapacityField, "12"), (TrainingFormCards.CostField, "0")], []), "5b8e1d", null, "CNY"));
        yield return ("TrainingFormCards.Session.withErrors", TrainingFormCards.Session(t,
            Form(t, [(TrainingFormCards.TopicField, "Other"), (TrainingFormCards.TitleField, ""), (TrainingFormCards.DateField, "2026-12-01"), (TrainingFormCards.TimeField, "08:30"),
                (TrainingFormCards.PlaceField, "Harbour House"), (TrainingFormCards.TrainerField, "Li Na"), (TrainingFormCards.CapacityField, "10000")],
                [TrainingFormCards.TitleField, TrainingFormCards.DateField, TrainingFormCards.CapacityField]), "5b8e1d", 7, null));
        yield return ("TrainingCards.Saved", TrainingCards.Saved(t, etiquette, changed: false, again: false, told: 0));
        yield return ("TrainingCards.Saved.changed", TrainingCards.Saved(t, etiquette, changed: true, again: false, told: 4));
        yield return ("TrainingCards.Saved.again", TrainingCards.Saved(t, etiquette, changed: false, again: true, told: 0));
        yield return ("TrainingCards.Sessions", TrainingCards.Sessions(t, [mine, fire, etiquette with { Id = 9, Taken = 0 }],
            new(t.Format("training.signup.SignedUp", t["training.topic.Etiquette"], when, 0)), manager: false));
        yield return ("TrainingCards.Sessions.none", TrainingCards.Sessions(t, [], null, manager: false));
        yield return ("TrainingCards.Sessions.manager", TrainingCards.Sessions(t, [etiquette, fire],
            new(t.Format("training.signup.SessionCancelled", "Fire drill", when, 0), Good: false), manager: true));
        yield return ("TrainingCards.Mine", TrainingCards.Mine(t, [mine, fire], quarter, [t.IsChinese ? "礼仪，11月3日 周二" : "Etiquette, Tue 3 Nov"], null));
        yield return ("TrainingCards.Mine.none", TrainingCards.Mine(t, [], quarter, [], new(t.Format("training.signup.PlaceGivenUp", "Fire drill", when, 0))));
        yield return ("TrainingNoticeCards.Changed", TrainingNoticeCards.Changed(t, etiquette, new(t.IsChinese ? "12月7日 周一 10:00" : "Mon 7 Dec, 10:00", "Harbour House", null, TopicChanged: false)));
        yield return ("TrainingNoticeCards.Cancelled", TrainingNoticeCards.Cancelled(t, fire, "Zhou Min is ill"));
        yield return ("TrainingNoticeCards.MovedUp", TrainingNoticeCards.MovedUp(t, mine));
        yield return ("TrainingNoticeCards.Reminder", TrainingNoticeCards.Reminder(t, mine));
        yield return ("TrainingNoticeCards.QuarterStaff", TrainingNoticeCards.QuarterStaff(t, quarter, lastDay));
        yield return ("TrainingNoticeCards.QuarterManagers", TrainingNoticeCards.QuarterManagers(t, quarter, lastDay, ["Li Na", "Zhou Min"]));

        var started = new AttendanceSessionView(etiquette, Marked: 3, Present: 2);
        yield return ("AttendanceCards.Sessions", AttendanceCards.Sessions(t, [started, new(fire, 0, 0)], 92));
        yield return ("AttendanceCards.Sessions.none", AttendanceCards.Sessions(t, [], 92));
        RosterLineView[] people = [new(3, "Li Na", "present"), new(4, "Zhou Min", "absent"), new(5, "Chen Jie", "")];
        yield return ("AttendanceCards.Form", AttendanceCards.Form(t, etiquette, people, FormValues.Empty, new(t.Format("training.attendance.saved", 1, 1))));
        var refused = new FormValues();
        refused.AddError("attendance", t["training.attendance.notSignedUp"]);
        yield return ("AttendanceCards.Form.refused", AttendanceCards.Form(t, etiquette, people, refused, null));
        yield return ("AttendanceCards.Form.nobody", AttendanceCards.Form(t, etiquette, [], FormValues.Empty, null));

        var status = new QuarterStatusView(quarter, t.IsChinese ? "2026年10月1日 – 12月31日" : "1 Oct – 31 Dec 2026",
            [new("Zhou Min", t.Format("training.status.booked", t.IsChinese ? "礼仪，12月8日 周二" : "Etiquette, Tue 8 Dec")), new("Chen Jie", t["training.status.noPlace"])],
            [new("Li Na", t.IsChinese ? "礼仪，11月3日 周二" : "Etiquette, Tue 3 Nov")]);
        yield return ("TrainingStatusCards.Status", TrainingStatusCards.Status(t, status, "2026-Q3"));
        yield return ("TrainingStatusCards.Status.empty", TrainingStatusCards.Status(t, status with { NotYet = [], Done = [] }, "2026-Q3"));
    }
}
