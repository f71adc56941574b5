using System.Text;

namespace FrontDesk.Tests.Security;

// What each role may do, for every card action, typed command and kiosk step: the promise README states and
// AccessMatrixTests tries cell by cell through the protocol. A new action or command must be added here.
public enum Access
{
    // Refused: the role may not use it at all; nothing is written and nothing of anyone else's is shown.
    No,

    // Allowed.
    Yes,

    // Allowed on the person's own records only: another person's record named in a forged payload is refused
    // or not found, and neither shown nor changed.
    Own,

    // Allowed on the records of the person's own company (a colleague's visitor, whom any colleague may answer
    // for); never another company's.
    Company,
}

public sealed record AccessRow(string What, Access Visitor, Access Unlinked, Access SameCompany, Access OtherCompany, Access Staff, Access Manager)
{
    // A typed command (in quotes in README) rather than a card action or a kiosk step.
    public bool IsCommand => What.StartsWith('"');

    public bool IsKiosk => What.StartsWith("kiosk:", StringComparison.Ordinal);

    public string Command => What.Trim('"');

    public Access this[AccessRole role] => role switch
    {
        AccessRole.Visitor => Visitor,
        AccessRole.Unlinked => Unlinked,
        AccessRole.SameCompany => SameCompany,
        AccessRole.OtherCompany => OtherCompany,
        AccessRole.Staff => Staff,
        _ => Manager,
    };
}

public enum AccessRole
{
    Visitor,
    Unlinked,
    SameCompany,
    OtherCompany,
    Staff,
    Manager,
}

public static class AccessMatrix
{
    private const Access N = Access.No;
    private const Access Y = Access.Yes;
    private const Access O = Access.Own;
    private const Access C = Access.Company;

    // The record-bearing cells are tried on records of another tenant member (of the same company for the
    // "same company" column): a colleague's visit, mail, phone message, invitation and feedback.
    public static readonly AccessRow[] Rows =
    [
        //                                  visitor unlinked same other staff manager
        new("help", N, Y, Y, Y, Y, Y),
        new("\"help\"", N, Y, Y, Y, Y, Y),

        // Directory
        new("staff.list", N, N, N, N, Y, Y),
        new("staff.open", N, N, N, N, N, Y),
        new("staff.save", N, N, N, N, N, Y),
        new("\"staff\"", N, N, N, N, Y, Y),
        new("\"add staff\"", N, N, N, N, N, Y),
        new("import.open", N, N, N, N, Y, Y),
        new("\"import\"", N, N, N, N, Y, Y),

        // Visits
        new("invite.open", N, N, Y, Y, N, N),
        new("invite.save", N, N, Y, Y, N, N),
        new("invite.list", N, N, O, O, N, N),
        new("invite.change", N, N, O, O, N, N),
        new("invite.cancel", N, N, O, O, N, N),
        new("\"invite\"", N, N, Y, Y, N, N),
        new("\"my invitations\"", N, N, O, O, N, N),
        new("visit.answer", N, N, C, O, N, N),
        new("visit.serve", N, N, N, N, Y, Y),
        new("visits.ours", N, N, C, C, N, N),
        new("\"our visitors\"", N, N, C, C, N, N),
        new("visits.board", N, N, N, N, Y, Y),
        new("visits.onsite", N, N, N, N, Y, Y),
        new("visits.checkout", N, N, N, N, Y, Y),
        new("\"visitors\"", N, N, N, N, Y, Y),
        new("\"on site\"", N, N, N, N, Y, Y),
        new("\"visits\"", N, N, N, N, Y, Y),
        new("watchlist.show", N, N, N, N, Y, Y),
        new("watchlist.add", N, N, N, N, Y, Y),
        new("watchlist.remove", N, N, N, N, Y, Y),
        new("\"watchlist\"", N, N, N, N, Y, Y),

        // Mail
        new("mail.log.open", N, N, N, N, Y, Y),
        new("mail.log", N, N, N, N, Y, Y),
        new("\"log mail\"", N, N, N, N, Y, Y),
        new("mail.pickup.open", N, N, N, N, Y, Y),
        new("mail.pickup", N, N, N, N, Y, Y),
        new("mail.deliver", N, N, N, N, Y, Y),
        new("mail.return", N, N, N, N, Y, Y),
        new("mail.unlock", N, N, N, N, Y, Y),
        new("\"pick up\"", N, N, O, O, Y, Y),
        new("mail.mine", N, N, O, O, Y, Y),
        new("mail.show", N, N, O, O, Y, Y),
        new("mail.newcode", N, N, O, O, O, O),
        new("\"my mail\"", N, N, O, O, Y, Y),
        new("mail.board", N, N, N, N, Y, Y),
        new("\"mail board\"", N, N, N, N, Y, Y),

        // Phone messages and call records
        new("calls.log.open", N, N, N, N, Y, Y),
        new("calls.log", N, N, N, N, Y, Y),
        new("\"log call\"", N, N, N, N, Y, Y),
        new("calls.today", N, N, N, N, Y, Y),
        new("\"calls\"", N, N, N, N, Y, Y),
        new("calls.mine", N, N, O, O, Y, Y),
        new("\"my messages\"", N, N, O, O, Y, Y),
        new("calls.calledback", N, N, O, O, N, N),
        new("calls.records", N, N, N, N, Y, Y),
        new("calls.answertimes", N, N, N, N, Y, Y),
        new("\"call stats\"", N, N, N, N, Y, Y),

        // Feedback
        new("feedback.open", N, N, Y, Y, Y, Y),
        new("feedback.give", N, N, Y, Y, N, N),
        new("feedback.record", N, N, N, N, Y, Y),
        new("\"feedback\"", N, N, Y, Y, Y, Y),
        new("feedback.mine", N, N, O, O, O, O),
        new("\"my feedback\"", N, N, O, O, O, O),
        new("feedback.followup.open", N, N, N, N, N, Y),
        new("feedback.followup", N, N, N, N, N, Y),
        new("feedback.summary", N, N, N, N, N, Y),
        new("\"feedback summary\"", N, N, N, N, N, Y),

        // Training
        new("training.list", N, N, N, N, Y, Y),
        new("training.signup", N, N, N, N, Y, Y),
        new("\"training\"", N, N, N, N, Y, Y),
        new("training.mine", N, N, N, N, O, O),
        new("training.signup.cancel", N, N, N, N, O, O),
        new("\"my training\"", N, N, N, N, O, O),
        new("training.session.open", N, N, N, N, N, Y),
        new("training.session.save", N, N, N, N, N, Y),
        new("training.session.change", N, N, N, N, N, Y),
        new("training.session.cancel", N, N, N, N, N, Y),
        new("\"new training\"", N, N, N, N, N, Y),
        new("training.attendance", N, N, N, N, N, Y),
        new("training.attendance.open", N, N, N, N, N, Y),
        new("training.attendance.save", N, N, N, N, N, Y),
        new("\"attendance\"", N, N, N, N, N, Y),
        new("training.status", N, N, N, N, N, Y),
        new("\"training status\"", N, N, N, N, N, Y),

        // Assessment
        new("assessment.show", N, N, N, N, O, Y),
        new("assessment.detail", N, N, N, N, O, Y),
        new("\"assessment\"", N, N, N, N, O, Y),
        new("assessment.attitude.open", N, N, N, N, N, Y),
        new("assessment.attitude", N, N, N, N, N, Y),
        new("assessment.award", N, N, N, N, N, Y),

        // Reports, traffic, staffing, supervision
        new("reports.daily", N, N, N, N, N, Y),
        new("\"daily summary\"", N, N, N, N, N, Y),
        new("reports.weekly", N, N, N, N, N, Y),
        new("\"weekly report\"", N, N, N, N, N, Y),
        new("traffic.show", N, N, N, N, Y, Y),
        new("\"traffic\"", N, N, N, N, Y, Y),
        new("staffing.show", N, N, N, N, N, Y),
        new("\"staffing\"", N, N, N, N, N, Y),
        new("staffing.roster", N, N, N, N, N, Y),
        new("staffing.roster.import", N, N, N, N, N, Y),
        new("\"roster\"", N, N, N, N, N, Y),
        new("staffing.shift.open", N, N, N, N, N, Y),
        new("staffing.shift.save", N, N, N, N, N, Y),
        new("staffing.shift.remove", N, N, N, N, N, Y),
        new("\"add shift\"", N, N, N, N, N, Y),
        new("supervision.kept", N, N, N, N, N, Y),
        new("supervision.change", N, N, N, N, N, Y),
        new("supervision.change.save", N, N, N, N, N, Y),
        new("supervision.history", N, N, N, N, N, Y),
        new("supervision.now", N, N, N, N, N, Y),
        new("\"rules review\"", N, N, N, N, N, Y),

        // Personal data
        new("privacy.forget.find", N, N, N, N, N, Y),
        new("privacy.forget.pick", N, N, N, N, N, Y),
        new("privacy.forget.erase", N, N, N, N, N, Y),
        new("privacy.forget.cancel", N, N, N, N, N, Y),
        new("\"forget visitor\"", N, N, N, N, N, Y),
        new("privacy.audit.show", N, N, N, N, N, Y),
        new("\"audit log\"", N, N, N, N, N, Y),

        // The lobby kiosk: its steps are the visitor's alone; a Teams user who posts one reaches no task.
        new("kiosk:invitation", Y, N, N, N, N, N),
        new("kiosk:invitation/submit", Y, N, N, N, N, N),
        new("kiosk:walkin", Y, N, N, N, N, N),
        new("kiosk:walkin/submit", Y, N, N, N, N, N),
        new("kiosk:leaving", Y, N, N, N, N, N),
        new("kiosk:leaving/find", Y, N, N, N, N, N),
        new("kiosk:leaving/confirm", Y, N, N, N, N, N),
        new("kiosk:feedback", Y, N, N, N, N, N),
        new("kiosk:feedback/submit", Y, N, N, N, N, N),
    ];

    // The table as README shows it.
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| action or command | visitor | unlinked Teams user | member, same company | member, other company | staff | manager |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var row in Rows)
        {
            var what = row.IsCommand ? $"typed {row.What}" : $"`{row.What}`";
            text.Append($"| {what} | {Cell(row.Visitor)} | {Cell(row.Unlinked)} | {Cell(row.SameCompany)} | {Cell(row.OtherCompany)} | {Cell(row.Staff)} | {Cell(row.Manager)} |\n");
        }
        return text.ToString();
    }

    private static string Cell(Access access) => access switch
    {
        Access.Yes => "yes",
        Access.Own => "own only",
        Access.Company => "own company",
        _ => "—",
    };
}
