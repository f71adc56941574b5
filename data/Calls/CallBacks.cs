using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Calls;

public enum CallBackOutcome
{
    Marked,
    AlreadyCalledBack,
    // No such message, or not one this person may see: the same answer either way.
    NotFound,
}

public sealed record CallBackResult(CallBackOutcome Outcome, PhoneMessage? Message);

// A recipient marks a message called back (or dealt with). Of two colleagues marking a company-wide message
// at once, the first wins and the second is told who was first.
public sealed class CallBacks(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public async Task<CallBackResult> MarkAsync(Person person, string reference, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var normalized = reference.Trim().ToUpperInvariant();
        var message = await db.PhoneMessages.SingleOrDefaultAsync(m => m.Reference == normalized, ct);
        if (message is null || !CallQueries.MayAnswer(person, message))
        {
            return new(CallBackOutcome.NotFound, null);
        }
        if (!message.IsOpen)
        {
            return new(CallBackOutcome.AlreadyCalledBack, message);
        }
        message.Status = PhoneMessageStatus.CalledBack;
        message.CalledBackAt = clock.GetUtcNow();
        message.CalledBackBy = actor;
        message.CalledBackByName = person.Name;
        try
        {
            await db.SaveChangesAsync(ct);
            return new(CallBackOutcome.Marked, message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbs.CreateDbContextAsync(ct);
            return new(CallBackOutcome.AlreadyCalledBack, await fresh.PhoneMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id, ct));
        }
    }
}
