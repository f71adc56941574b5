using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Calls;

// Who may see which phone message: staff every one; a member those for them and those for their whole
// company, never a colleague's own or another company's.
public sealed class CallQueries(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, CallRules rules)
{
    public const int ListLimit = 50;

    public static bool MaySee(Person person, PhoneMessage message)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(message);
        return person.IsStaff || MayAnswer(person, message);
    }

    // Only the people a message is for mark it called back.
    public static bool MayAnswer(Person person, PhoneMessage message) =>
        person.Role == Role.Tenant && person.CompanyId == message.CompanyId &&
        (message.RecipientMemberId is null || message.RecipientMemberId == person.MemberId);

    public async Task<PhoneMessage?> FindAsync(Person person, string reference, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var normalized = reference.Trim().ToUpperInvariant();
        var message = await db.PhoneMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Reference == normalized, ct);
        return message is not null && MaySee(person, message) ? message : null;
    }

    // The desk's day: every message taken today (building time), newest first, with how many there were.
    public async Task<(IReadOnlyList<PhoneMessage> Messages, int Total)> TodayAsync(CancellationToken ct = default)
    {
        var today = rules.LocalDay(clock.GetUtcNow());
        var (start, end) = rules.DaysUtc(today, today);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var day = db.PhoneMessages.AsNoTracking().Where(m => m.TakenAt >= start && m.TakenAt < end);
        var total = await day.CountAsync(ct);
        var messages = await day.OrderByDescending(m => m.TakenAt).ThenByDescending(m => m.Id).Take(ListLimit).ToListAsync(ct);
        return (messages, total);
    }

    // A member's open messages: their own and their company's, oldest first.
    public async Task<IReadOnlyList<PhoneMessage>> OpenForAsync(Person person, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Role != Role.Tenant || person.CompanyId is not { } companyId)
        {
            return [];
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.PhoneMessages.AsNoTracking()
            .Where(m => m.CompanyId == companyId && m.Status == PhoneMessageStatus.Open &&
                        (m.RecipientMemberId == null || m.RecipientMemberId == person.MemberId))
            .OrderBy(m => m.TakenAt).ThenBy(m => m.Id).Take(ListLimit).ToListAsync(ct);
    }
}
