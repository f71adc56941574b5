using System.Globalization;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Training;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Training;

namespace FrontDesk.Bot.Features.Training;

// Turns training's changes into cards for the staff they concern, each in the reader's language, queued in the
// outbox in the same unit of work as the change. Keys make each notice once-only: a change by its version, a
// reminder by the session's time, the quarter's by the quarter.
public sealed class TrainingNotifier(NoticeComposer composer, Outbox outbox, TrainingText text) : ITrainingNoticeSink
{
    public const string Kind = "training.session";
    public const string ReminderKind = "training.reminder";
    public const string QuarterKind = "training.quarter";

    public Task ChangedAsync(FrontDeskDb db, TrainingSession session, SessionChanges changes, IReadOnlyList<TrainingRecipient> recipients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(changes);
        return AddAsync(db, recipients, r => Key($"training.changed:{session.Id}:{session.Version}:{r.StaffId}"), Kind, session,
            t => Notice.Of(TrainingNoticeCards.Changed(t, text.View(t, session), new SessionChangeView(
                changes.WasStartsAt is { } was ? text.When(t, was) : null, changes.WasPlace, changes.WasTrainer, changes.TopicChanged))), ct);
    }

    public Task CancelledAsync(FrontDeskDb db, TrainingSession session, IReadOnlyList<TrainingRecipient> recipients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        return AddAsync(db, recipients, r => Key($"training.cancelled:{session.Id}:{r.StaffId}"), Kind, session,
            t => Notice.Of(TrainingNoticeCards.Cancelled(t, text.View(t, session), session.CancelReason)), ct);
    }

    public Task MovedUpAsync(FrontDeskDb db, TrainingSession session, TrainingSignUp signUp, IReadOnlyList<TrainingRecipient> recipient, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(signUp);
        // Confirmed again after giving a place up and waiting once more is a new notice: its own time in the key.
        return AddAsync(db, recipient, r => Key($"training.movedup:{session.Id}:{r.StaffId}:{signUp.ConfirmedAt?.ToUnixTimeMilliseconds()}"), Kind, session,
            t => Notice.Of(TrainingNoticeCards.MovedUp(t, text.View(t, session))), ct);
    }

    public Task ReminderAsync(FrontDeskDb db, TrainingSession session, IReadOnlyList<TrainingRecipient> recipients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        return AddAsync(db, recipients, r => Key($"training.reminder:{session.Id}:{r.StaffId}:{session.StartsAt.ToUnixTimeSeconds()}"), ReminderKind, session,
            t => Notice.Of(TrainingNoticeCards.Reminder(t, text.View(t, session))), ct);
    }

    public async Task QuarterReminderAsync(FrontDeskDb db, QuarterReport report, IReadOnlyList<TrainingRecipient> staff, IReadOnlyList<TrainingRecipient> managers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var quarter = report.Quarter;
        var related = "training:" + quarter;
        await composer.AddAsync(db, [.. staff.Select(r => NoticeRecipient.TeamsUser(r.AadObjectId, Key($"training.quarter:{quarter}:staff:{r.StaffId}")))],
            QuarterKind, related, t => Notice.Of(TrainingNoticeCards.QuarterStaff(t, TrainingText.QuarterName(t, quarter), text.Day(t, quarter.LastDay))), ct);
        await composer.AddAsync(db, [.. managers.Select(r => NoticeRecipient.TeamsUser(r.AadObjectId, Key($"training.quarter:{quarter}:manager:{r.StaffId}")))],
            QuarterKind, related, t => Notice.Of(TrainingNoticeCards.QuarterManagers(t, TrainingText.QuarterName(t, quarter), text.Day(t, quarter.LastDay),
                [.. report.NotYet.Select(l => l.Name)])), ct);
    }

    // The outbox wakes its sender when rows are saved, which here is before the transaction commits.
    public void Committed() => outbox.Wake();

    private Task AddAsync(FrontDeskDb db, IReadOnlyList<TrainingRecipient> recipients, Func<TrainingRecipient, string> key, string kind, TrainingSession session,
        Func<FrontDesk.Cards.Localization.Texts, Notice> message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return composer.AddAsync(db, [.. recipients.Select(r => NoticeRecipient.TeamsUser(r.AadObjectId, key(r)))], kind, Related(session), message, ct);
    }

    private static string Key(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);

    public static string Related(TrainingSession session) =>
        "training:" + session.Id.ToString(CultureInfo.InvariantCulture);
}
