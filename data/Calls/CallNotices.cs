using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Calls;

public sealed record CallRecipient(int MemberId, string Name, string AadObjectId);

// Where the messages about a phone message go: the bot turns them into outbox rows. Called inside the unit of
// work that saves the change, before it is saved, so the change and its notices commit together.
public interface ICallNoticeSink
{
    // Just taken: each recipient who can be reached in Teams.
    Task TakenAsync(FrontDeskDb db, PhoneMessage message, IReadOnlyList<CallRecipient> recipients, CancellationToken ct);

    // Nobody it is for can be reached in Teams: the desk passes it on another way.
    Task UnreachableAsync(FrontDeskDb db, PhoneMessage message, CancellationToken ct);

    // Urgent and still not called back in time: the recipients once more, and the desk.
    Task OverdueAsync(FrontDeskDb db, PhoneMessage message, IReadOnlyList<CallRecipient> recipients, CancellationToken ct);

    // The unit of work committed: what was added may go out now.
    void Committed();
}

// Who in Teams a phone message goes to: the member it is for, or everyone at the company for a company-wide
// message; only those whose Teams account is linked can be reached.
internal static class CallRecipients
{
    public static async Task<List<CallRecipient>> ForAsync(FrontDeskDb db, PhoneMessage message, CancellationToken ct)
    {
        var members = db.Members.AsNoTracking().Where(m => m.Active && m.AadObjectId != null);
        members = message.RecipientMemberId is { } id ? members.Where(m => m.Id == id) : members.Where(m => m.CompanyId == message.CompanyId);
        var rows = await members.OrderBy(m => m.Id).Select(m => new { m.Id, m.Name, m.AadObjectId }).ToListAsync(ct);
        return [.. rows.Select(m => new CallRecipient(m.Id, m.Name, m.AadObjectId!))];
    }
}
