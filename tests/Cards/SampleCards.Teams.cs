using AdaptiveCards;
using FrontDesk.Bot.Features.Mail;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Directory;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Cards.Visits;

namespace FrontDesk.Tests.Cards;

// What tenants, desk staff and managers get in Teams: help, the directory import, mail, staff.
internal static partial class SampleCards
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> Teams(Texts t)
    {
        foreach (var (role, who, entries) in HelpByRole(t))
        {
            yield return ($"HelpCard.Build.{role}", HelpCard.Build(t, who, null, entries));
        }
        yield return ("HelpCard.Build.notUnderstood", HelpCard.Build(t, SignedIn(t, "Wei Zhang", t["role.Staff"]), t.Format("help.notUnderstood", "chek in"), HelpByRole(t)[2].Entries));

        yield return ("ImportCards.Instructions", ImportCards.Instructions(t));
        yield return ("ImportCards.Result.done", ImportCards.Result(t, "members.csv", succeeded: true, [t.Format("import.done", t["import.kind.members"], 12, 3, 41)]));
        yield return ("ImportCards.Result.failed", ImportCards.Result(t, "companies.csv", succeeded: false,
        [
            t.Format("import.failed", 2),
            t.Format("import.error.missingValue", 4, "name"),
            t.Format("import.error.duplicateCompany", 9, "name", "Harbour Logistics", 3),
        ]));

        var parcel = Mail(t, "M-261128-0007", "Parcel", count: 1, carrier: "DHL", tracking: "JD014600006281523", shelf: "B2", status: "Notified");
        var letters = Mail(t, "M-261128-0008", "Letter", count: 3, carrier: null, tracking: null, shelf: "A1", status: "Received");
        var overdue = Mail(t, "M-261125-0031", "LargeParcel", count: 1, carrier: "SF Express", tracking: "SF1402583341", shelf: null, status: "Escalated") with { Overdue = true, Locked = true, Urgent = true, Notes = "Fragile – keep upright", Notified = false };
        yield return ("MailCards.Logged", MailCards.Logged(t, "Ann Lee (Harbour Logistics)", [parcel, letters], again: false, urgent: false, batchMinutes: 30));
        yield return ("MailCards.Logged.againUrgent", MailCards.Logged(t, "Harbour Logistics", [overdue], again: true, urgent: true, batchMinutes: 30));
        foreach (var kind in new[] { "urgent", "batch", "overdue", "newCode" })
        {
            yield return ($"MailCards.Notice.{kind}", MailCards.Notice(t, kind, kind == "batch" ? [parcel, letters] : [overdue], "482913", "Harbour House", 48));
        }
        yield return ("MailCards.Notice.noCode", MailCards.Notice(t, "batch", [letters with { Shelf = null }], null, "Harbour House", 48));
        yield return ("MailCards.Mine", MailCards.Mine(t, [parcel, letters]));
        yield return ("MailCards.Mine.none", MailCards.Mine(t, []));
        MailHistoryView[] history =
        [
            new("2026-11-28 09:12", "Received", "Wei Zhang", null),
            new("2026-11-28 09:40", "WrongCode", "Wei Zhang", null),
            new("2026-11-28 09:41", "Locked", null, null),
            new("2026-11-29 10:02", "Delivered", "Li Na", "Ann Lee at reception", Late: true),
        ];
        yield return ("MailCards.Item.tenant", MailCards.Item(t, parcel, history[..1], deskActions: false, FormValues.Empty, 48));
        yield return ("MailCards.Item.desk", MailCards.Item(t, overdue, history, deskActions: true, FormValues.Empty, 48));
        yield return ("MailCards.Item.deskWithErrors", MailCards.Item(t, overdue, history, deskActions: true, Form(t, [(MailFormCards.CodeField, "48291"), (MailFormCards.WhoField, "")], [MailFormCards.CodeField, MailFormCards.WhoField]), 48));
        yield return ("MailCards.Board", MailCards.Board(t, [overdue, parcel, letters], total: 14));
        yield return ("MailCards.Board.none", MailCards.Board(t, [], total: 0));
        yield return ("MailCards.Message", MailCards.Message(t, t["mail.pickup.title"], t.Format("mail.done.PickedUp", "M-261128-0007", "Ann Lee"), good: true));

        MailChoice[] candidates = [new("member:12", t.Format("mail.log.pickPerson", "Ann Lee", "Harbour Logistics")), new("company:3", t.Format("mail.log.pickCompany", "Harbour Logistics"))];
        yield return ("MailFormCards.Log", MailFormCards.Log(t, FormValues.Empty, "7f3c2a9e", []));
        yield return ("MailFormCards.Log.withErrors", MailFormCards.Log(t,
            Form(t, [(MailFormCards.RecipientField, "Harbour"), (MailFormCards.KindField(1), "Parcel"), (MailFormCards.CountField(1), "0"), (MailFormCards.UrgentField, "true"), (MailFormCards.NotesField, "Left by the courier at 9:05")],
                [MailFormCards.RecipientField, MailFormCards.CountField(1)]),
            "7f3c2a9e", candidates));
        yield return ("MailFormCards.Pickup", MailFormCards.Pickup(t, FormValues.Empty));
        yield return ("MailFormCards.Pickup.withErrors", MailFormCards.Pickup(t, Form(t, [(MailFormCards.CodeField, "")], [MailFormCards.CodeField, MailFormCards.WhoField])));

        yield return ("StaffCards.Form", StaffCards.Form(t, FormValues.Empty));
        yield return ("StaffCards.Form.withErrors", StaffCards.Form(t, Form(t, [(StaffCards.NameField, "Li Na"), (StaffCards.EmailField, "li.na@"), (StaffCards.RoleField, "Manager")], [StaffCards.EmailField])));
        yield return ("StaffCards.Saved", StaffCards.Saved(t, t.Format("staff.saved.Added", "Li Na", "li.na@harbourhouse.example", t["role.Staff"])));
        yield return ("StaffCards.List", StaffCards.List(t, [new("Wei Zhang", "wei.zhang@harbourhouse.example", IsManager: true), new("Li Na", "li.na@harbourhouse.example", IsManager: false)]));
    }

    // The help entries each role is offered, as the Teams tasks describe themselves.
    private static List<(string Role, string Who, List<HelpEntry> Entries)> HelpByRole(Texts t)
    {
        // Keys are "import.help.title" or "mail.help.pickupTitle".
        HelpEntry Entry(string prefix, CardAction action)
        {
            string Key(string part) => prefix.EndsWith('.') ? prefix + part : prefix + char.ToUpperInvariant(part[0]) + part[1..];
            return new(t[Key("title")], t[Key("description")], t[Key("typed")], action);
        }
        List<HelpEntry> desk =
        [
            Entry("import.help.", DirectoryActions.OpenImport),
            Entry("desk.help.", VisitActions.Board),
            Entry("mail.help.pickup", MailActions.OpenPickup),
            Entry("mail.help.log", MailActions.OpenLog),
            Entry("mail.help.board", MailActions.Board),
        ];
        return
        [
            ("Unlinked", t.Format("help.unlinkedEmail", CardText.Escape("sam.ray@harbour-logistics.example")), []),
            ("Tenant", SignedIn(t, "Ann Lee", t.Format("help.memberOf", "Harbour Logistics")), [Entry("invite.help.", VisitActions.OpenInvite), Entry("mail.help.mine", MailActions.Mine)]),
            ("Staff", SignedIn(t, "Li Na", t["role.Staff"]), [.. desk, Entry("staff.help.list", DirectoryActions.ListStaff)]),
            ("Manager", SignedIn(t, "Wei Zhang", t["role.Manager"]), [.. desk, Entry("staff.help.", DirectoryActions.OpenStaffForm)]),
        ];
    }

    private static string SignedIn(Texts t, string name, string role) => t.Format("help.signedInAs", CardText.Escape(name), role);

    // Times as MailText writes them.
    private static MailItemView Mail(Texts t, string serial, string kind, int count, string? carrier, string? tracking, string? shelf, string status) =>
        new(serial, "Ann Lee", "Harbour Logistics", kind, count, carrier, tracking, Urgent: false, shelf, status,
            ReceivedAt: "2026-11-28 09:12", Age: MailText.Age(t, TimeSpan.FromHours(3)), Overdue: false, Locked: false, Notified: true, Notes: null);

    // A submitted form as the server sends it back: the values kept, an error beside each named field.
    private static FormValues Form(Texts t, (string Field, string Value)[] values, string[] invalid)
    {
        var form = new FormValues();
        foreach (var (field, value) in values)
        {
            form[field] = value;
        }
        foreach (var field in invalid)
        {
            form.AddError(field, form[field].Length == 0 ? t["form.required"] : t.Format("form.tooLong", 20));
        }
        return form;
    }
}
