using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Data;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Features.Mail;

// Turns mail notices into one card per recipient, in the recipient's language, queued in the durable
// outbox in the same unit of work as the change to the items (so both commit, or neither).
public sealed class MailNotifier(
    Outbox outbox,
    OutboxSignal signal,
    StaffBroadcast languages,
    Catalog catalog,
    MailText text,
    Building building) : IMailNoticeSink
{
    public async Task AddAsync(FrontDeskDb db, MailNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        var kind = Kind(notice.Kind);
        foreach (var recipient in notice.Recipients)
        {
            var t = catalog.For(await languages.LanguageOfAsync(recipient.AadObjectId, ct));
            var card = MailCards.Notice(t, kind, [.. notice.Items.Select(i => text.View(t, i))], notice.PickupCode,
                building.Name, (int)text.Rules.DeliveryDeadline.TotalHours);
            var activity = CardMessage.From(card);
            activity.Locale = t.Language;
            await outbox.EnqueueAsync(db, new NotificationRequest(
                $"{notice.Key}:{recipient.MemberId}",
                NotificationTarget.TeamsUser(recipient.AadObjectId),
                NotificationActivity.Json(activity),
                "mail." + kind,
                "mail:" + notice.Items[0].Serial), ct);
        }
    }

    // The outbox wakes its sender when rows are saved, which here is before the transaction commits.
    public void Committed() => signal.Raise();

    private static string Kind(MailNoticeKind kind) => kind switch
    {
        MailNoticeKind.Urgent => "urgent",
        MailNoticeKind.Overdue => "overdue",
        MailNoticeKind.NewCode => "newCode",
        _ => "batch",
    };
}
