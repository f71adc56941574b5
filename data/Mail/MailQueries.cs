using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Mail;

// What each person may see (R5): staff everything; a member the items addressed to them or to their
// company, and their colleagues' items once those are overdue (the whole company is asked to collect).
public sealed class MailQueries(IDbContextFactory<FrontDeskDb> dbs)
{
    public const int BoardLimit = 50;

    public static bool MaySee(Person person, MailItem item)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(item);
        if (person.IsStaff)
        {
            return true;
        }
        return person.Role == Role.Tenant && person.CompanyId == item.CompanyId &&
               (item.RecipientMemberId is null || item.RecipientMemberId == person.MemberId || item.EscalatedAt is not null);
    }

    // The item with its history, or null when there is none the person may see (the same answer either way).
    public async Task<MailItem?> FindAsync(Person person, string serial, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var normalized = serial.Trim().ToUpperInvariant();
        var item = await db.MailItems.AsNoTracking().Include(m => m.History.OrderBy(h => h.At).ThenBy(h => h.Id))
            .SingleOrDefaultAsync(m => m.Serial == normalized, ct);
        return item is not null && MaySee(person, item) ? item : null;
    }

    // A member's items still waiting at the desk, oldest first.
    public async Task<IReadOnlyList<MailItem>> PendingForAsync(Person person, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.CompanyId is not { } companyId)
        {
            return [];
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var items = await Open(db).Where(m => m.CompanyId == companyId).ToListAsync(ct);
        return [.. items.Where(m => MaySee(person, m))];
    }

    // The desk's board: every open item, oldest (so overdue) first.
    public async Task<(IReadOnlyList<MailItem> Items, int Total)> PendingAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var total = await Open(db).CountAsync(ct);
        var items = await Open(db).Take(BoardLimit).ToListAsync(ct);
        return (items, total);
    }

    private static IQueryable<MailItem> Open(FrontDeskDb db) =>
        db.MailItems.AsNoTracking()
            .Where(m => m.Status == MailStatus.Received || m.Status == MailStatus.Notified || m.Status == MailStatus.Escalated)
            .OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id);
}
