using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Training;

public sealed record TrainingRecipient(int StaffId, string Name, string AadObjectId);

// What a change told its readers it was before; null where it stayed the same.
public sealed record SessionChanges(DateTimeOffset? WasStartsAt, string? WasPlace, string? WasTrainer, bool TopicChanged)
{
    public bool Any => WasStartsAt is not null || WasPlace is not null || WasTrainer is not null || TopicChanged;
}

// Where training's messages go: the bot turns them into outbox rows in the reader's language. Called inside the
// unit of work that saves the change, before it is saved, so the change and its notices commit together.
public interface ITrainingNoticeSink
{
    // The time, place, trainer or topic changed: everyone signed up or waiting.
    Task ChangedAsync(FrontDeskDb db, TrainingSession session, SessionChanges changes, IReadOnlyList<TrainingRecipient> recipients, CancellationToken ct);

    // Cancelled by a manager: everyone signed up or waiting.
    Task CancelledAsync(FrontDeskDb db, TrainingSession session, IReadOnlyList<TrainingRecipient> recipients, CancellationToken ct);

    // A seat came free and the first on the waiting list has it now.
    Task MovedUpAsync(FrontDeskDb db, TrainingSession session, TrainingSignUp signUp, IReadOnlyList<TrainingRecipient> recipient, CancellationToken ct);

    // The day before, at the set time.
    Task ReminderAsync(FrontDeskDb db, TrainingSession session, IReadOnlyList<TrainingRecipient> recipients, CancellationToken ct);

    // Weeks before the quarter ends: the staff who have not attended yet, and the managers with the list.
    Task QuarterReminderAsync(FrontDeskDb db, QuarterReport report, IReadOnlyList<TrainingRecipient> staff, IReadOnlyList<TrainingRecipient> managers, CancellationToken ct);

    // The unit of work committed: what was added may go out now.
    void Committed();
}

// Who in Teams a training message goes to: active staff whose Teams account is linked.
internal static class TrainingRecipients
{
    public static async Task<List<TrainingRecipient>> ForAsync(FrontDeskDb db, IEnumerable<int> staffIds, CancellationToken ct)
    {
        var ids = staffIds.Distinct().ToList();
        var rows = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id) && s.Active && s.AadObjectId != null)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Name, s.AadObjectId }).ToListAsync(ct);
        return [.. rows.Select(s => new TrainingRecipient(s.Id, s.Name, s.AadObjectId!))];
    }

    // Everyone signed up or waiting (the ones moved up just now are told that instead).
    public static Task<List<TrainingRecipient>> OfSessionAsync(FrontDeskDb db, TrainingSession session, IEnumerable<int> except, CancellationToken ct)
    {
        var skip = except.ToHashSet();
        return ForAsync(db, session.SignUps.Where(u => u.Status is SignUpStatus.Confirmed or SignUpStatus.Waiting && !skip.Contains(u.StaffId)).Select(u => u.StaffId), ct);
    }
}
