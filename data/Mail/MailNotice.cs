namespace FrontDesk.Data.Mail;

public enum MailNoticeKind
{
    // Urgent or important: one notice per item at once.
    Urgent = 1,
    // Ordinary items collected over the batch window.
    Batch = 2,
    // Not collected within the deadline: the recipient and their colleagues are reminded.
    Overdue = 3,
    // The desk unlocked an item or the recipient asked again: the old code no longer works.
    NewCode = 4,
}

public sealed record MailNoticeRecipient(int MemberId, string Name, string AadObjectId);

// What the recipients of some items are to be told. PickupCode is only here, never in the database.
public sealed record MailNotice(MailNoticeKind Kind, string Key, IReadOnlyList<MailItem> Items, string? PickupCode, IReadOnlyList<MailNoticeRecipient> Recipients);

// Where notices go: the bot turns them into messages. Called inside the unit of work that changes the
// items, before it is saved, so the change and its notices commit together.
public interface IMailNoticeSink
{
    Task AddAsync(FrontDeskDb db, MailNotice notice, CancellationToken ct);

    // The unit of work committed: what was added may go out now.
    void Committed();
}
