using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Mail;

// Who in Teams is told about an item: the member it is addressed to, or everyone at the company when it
// is addressed to the company (and, once overdue, the member's colleagues too).
internal static class MailRecipients
{
    public static async Task<List<MailNoticeRecipient>> ForAsync(FrontDeskDb db, MailItem item, bool wholeCompany, CancellationToken ct)
    {
        var members = db.Members.AsNoTracking().Where(m => m.Active && m.AadObjectId != null);
        members = item.RecipientMemberId is { } id && !wholeCompany
            ? members.Where(m => m.Id == id)
            : members.Where(m => m.CompanyId == item.CompanyId);
        var rows = await members.OrderBy(m => m.Id).Select(m => new { m.Id, m.Name, m.AadObjectId }).ToListAsync(ct);
        return [.. rows.Select(m => new MailNoticeRecipient(m.Id, m.Name, m.AadObjectId!))];
    }
}
