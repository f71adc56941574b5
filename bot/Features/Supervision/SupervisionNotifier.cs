using System.Globalization;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Supervision;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Supervision;

namespace FrontDesk.Bot.Features.Supervision;

// The rules review's notices, each in the reader's language: the reminder to the owner (or the managers), and the
// outcome to the managers. Keys make each once-only: a reminder by its occurrence, an outcome by its period.
public sealed class SupervisionNotifier(NoticeComposer composer, RulesOwner owner, SupervisionText text)
{
    public const string ReminderKind = "supervision.reminder";
    public const string OutcomeKind = "supervision.outcome";

    // Returns how many were reminded: the owner, or each manager when no owner uses the bot (none: nobody to tell).
    public async Task<int> RemindAsync(FrontDeskDb db, ReviewPack pack, DateTimeOffset occurrence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var ownerStaff = await owner.ReachableAsync(db, ct);
        List<StaffMember> to = ownerStaff is not null ? [ownerStaff] : await ManagersAsync(db, ct);
        var at = occurrence.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        await composer.AddAsync(db, [.. to.Select(s => NoticeRecipient.TeamsUser(s.AadObjectId!, Key($"supervision.reminder:{at}:{s.Id}")))], ReminderKind,
            Related(pack.Period), t => Notice.Of(RulesReviewCards.Review(t, text.Card(t, pack, reminder: true, toManagers: ownerStaff is null))), ct);
        return to.Count;
    }

    // The managers but the one who recorded it.
    public async Task OutcomeAsync(FrontDeskDb db, RulesReview review, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(review);
        var managers = (await ManagersAsync(db, ct)).Where(s => s.Id != review.RecordedByStaffId);
        await composer.AddAsync(db, [.. managers.Select(s => NoticeRecipient.TeamsUser(s.AadObjectId!, Key($"supervision.outcome:{review.Period}:{s.Id}")))],
            OutcomeKind, Related(review.Period), t => Notice.Of(RulesReviewCards.Outcome(t, text.View(t, review))), ct);
    }

    private static async Task<List<StaffMember>> ManagersAsync(FrontDeskDb db, CancellationToken ct) =>
        [.. (await People.ReachableStaffAsync(db, ct)).Where(s => s.Role == StaffRole.Manager)];

    private static string Related(ReviewPeriod period) => $"rules:{period}";

    private static string Key(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
