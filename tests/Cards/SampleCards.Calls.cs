using AdaptiveCards;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Tests.Cards;

// Phone messages in Teams: the desk's call form and confirmation, the recipient's notice, the lists, answer times.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Calls(Texts t)
    {
        var urgent = new PhoneMessageView("C-20261201-0007", "Zhou [Min](http://evil.example)", "Blue Harbour Design", "+86 21 5555 0101", "Ann Lee",
            "Harbour Logistics", ForCompany: false, "Please call about the **lease** renewal before noon.", Urgent: true, CallBack: true, "WithinThreeRings",
            "2026-12-01 10:42", "10:42", "Li Na", Open: true, Notified: true, Reminded: true, CalledBackAt: null, CalledBackBy: null);
        var company = urgent with
        {
            Reference = "C-20261201-0008",
            CallerName = "Chen Jie",
            CallerCompany = null,
            CallerPhone = null,
            Recipient = "Harbour Logistics",
            ForCompany = true,
            Message = "The courier comes at 15:00.",
            Urgent = false,
            CallBack = false,
            AnswerSpeed = "Later",
            Notified = false,
            Reminded = false,
        };
        var done = company with { Reference = "C-20261201-0009", Open = false, Notified = true, CalledBackAt = "2026-12-01 11:05", CalledBackBy = "Ann Lee" };
        var greeting = t.Format("calls.greeting.default", "Harbour House", "Li Na");

        yield return ("CallFormCards.Log", CallFormCards.Log(t, FormValues.Empty, "9a1c2b", [], greeting));
        yield return ("CallFormCards.Log.withErrors", CallFormCards.Log(t,
            Form(t, [(CallFormCards.CallerField, "Zhou Min"), (CallFormCards.PhoneField, "call me"), (CallFormCards.RecipientField, "Harbour"), (CallFormCards.MessageField, ""),
                (CallFormCards.UrgentField, "true"), (CallFormCards.AnsweredField, "Later")], [CallFormCards.PhoneField, CallFormCards.RecipientField, CallFormCards.MessageField]),
            "9a1c2b", [new("m:12", t.Format("calls.log.pickPerson", "Ann Lee", "Harbour Logistics")), new("c:3", t.Format("calls.log.pickCompany", "Harbour Logistics"))], greeting));
        yield return ("CallCards.Saved", CallCards.Saved(t, urgent, again: false, notified: 1));
        yield return ("CallCards.Saved.companyAgain", CallCards.Saved(t, company, again: true, notified: 4));
        yield return ("CallCards.Saved.unreachable", CallCards.Saved(t, company, again: false, notified: 0));
        yield return ("CallCards.Notice.urgent", CallCards.Notice(t, urgent, reminder: false, 30));
        yield return ("CallCards.Notice.company", CallCards.Notice(t, company, reminder: false, 30));
        yield return ("CallCards.Notice.reminder", CallCards.Notice(t, urgent, reminder: true, 30));
        yield return ("CallCards.Notice.calledBack", CallCards.Notice(t, done, reminder: false, 30, CallCards.CalledBackLine(t, done)));
        yield return ("CallCards.Item.tenant", CallCards.Item(t, urgent, mayAnswer: true));
        yield return ("CallCards.Item.desk", CallCards.Item(t, done, mayAnswer: false));
        yield return ("CallCards.Mine", CallCards.Mine(t, [urgent, company], t.Format("calls.mine.marked", "C-20261201-0006")));
        yield return ("CallCards.Mine.none", CallCards.Mine(t, [], null));
        yield return ("CallCards.Today", CallCards.Today(t, Day(t, new(2026, 12, 1), ""), [urgent, company, done], total: 64));
        yield return ("CallCards.Today.none", CallCards.Today(t, Day(t, new(2026, 12, 1), ""), [], total: 0));

        var figures = new AnswerTimesView("2026-12-01", 6, new(12, 10, 7, 58, 11), [3, 2, 2, 2, 1],
            [new("09:00–10:00", new(7, 6, 5, 71, 9)), new("10:00–11:00", new(5, 4, 2, 40, 14))],
            [new("Li Na", new(6, 6, 5, 83, 8)), new("", new(4, 4, 2, 50, 15))], new(5, 3, 60, 1, 1));
        var selfOnly = figures with { Total = new(0, 0, 0, 0, 0), ByHour = [], ByStaff = [], SelfReport = new(0, 0, 0, 0, 0) };
        yield return ("AnswerTimeCards.Report", AnswerTimeCards.Report(t, figures));
        yield return ("AnswerTimeCards.Report.noRecords", AnswerTimeCards.Report(t, selfOnly));
        yield return ("AnswerTimeCards.Instructions", AnswerTimeCards.Instructions(t,
            new("Start Time", "Direction", "Caller ID", "Ring Duration", "Answered", "Agent", "Call ID")));
        yield return ("AnswerTimeCards.Imported", AnswerTimeCards.Imported(t, "cdr-december.csv", [t.Format("calls.import.done", 12, 3)], figures));
        yield return ("AnswerTimeCards.Imported.failed", AnswerTimeCards.Imported(t, "cdr-december.csv",
            [t.Format("calls.import.failed", 2), t.Format("calls.import.error.badTime", 4, "Start Time", "yesterday", null), t.Format("calls.import.error.duplicateCall", 9, null, null, 3)], null));
    }
}
