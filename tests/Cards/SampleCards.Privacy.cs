using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Privacy;

namespace FrontDesk.Tests.Cards;

// What a manager sees when forgetting a visitor and reading the audit log.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Privacy(Texts t)
    {
        yield return ("ForgetCards.Find", ForgetCards.Find(t, FormValues.Empty));
        var person = new ForgetCards.Person("12,19", "Zhang Wei", "Northwind", "zhang.wei@northwind.com", 2, 1, "2026-11-30");
        yield return ("ForgetCards.Find.found", ForgetCards.Find(t, new FormValues { [ForgetCards.QueryField] = "Zhang Wei" }, [person]));
        yield return ("ForgetCards.Find.none", ForgetCards.Find(t, new FormValues { [ForgetCards.QueryField] = "Zhou Min" }, []));
        yield return ("ForgetCards.Confirm", ForgetCards.Confirm(t, person, 1));
        yield return ("ForgetCards.Done", ForgetCards.Done(t, new(2, 1, 1, 0)));
        yield return ("ForgetCards.Note", ForgetCards.Note(t, t["privacy.forget.cancelled"]));
        var form = new FormValues { [AuditLogCards.FromField] = "2026-11-24", [AuditLogCards.ToField] = "2026-11-30" };
        yield return ("AuditLogCards.Build", AuditLogCards.Build(t, form, t.Format("privacy.audit.heading", 1, "2026-11-24", "2026-11-30"),
            [new("2026-11-30 09:12", "Chen Jie", t["privacy.audit.action.visitors.viewed"], t["privacy.audit.subject.board"], "visits=12,19")], more: true));
    }
}
