using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Calls;

// The desk's periodic round for phone messages: an urgent one still not called back CallBackWithin after it
// was taken reminds its recipients once and tells the desk.
public sealed class CallRounds(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, CallRules rules, ICallNoticeSink notices)
{
    // Returns how many messages were overdue this round.
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var due = now - rules.CallBackWithin;
        var overdue = await db.PhoneMessages
            .Where(m => m.Urgent && m.Status == PhoneMessageStatus.Open && m.RemindedAt == null && m.TakenAt <= due)
            .OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var message in overdue)
        {
            message.RemindedAt = now;
            await notices.OverdueAsync(db, message, await CallRecipients.ForAsync(db, message, ct), ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return overdue.Count;
    }
}
