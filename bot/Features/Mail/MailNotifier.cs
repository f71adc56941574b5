using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Mail;
using FrontDesk.Data;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Features.Mail;

// Turns mail notices into one card per recipient, in the recipient's language, queued in the durable
// outbox in the same unit of work as the change to the items (so both commit, or neither).
public sealed class MailNotifier(
    NoticeComposer composer,
    Outbox outbox,
    MailText text,
    Building building) : IMailNoticeSink
{
    public Task AddAsync(FrontDeskDb db, MailNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        var kind = Kind(notice.Kind);
        return composer.AddAsync(db,
            [.. notice.Recipients.Select(r => NoticeRecipient.TeamsUser(r.AadObjectId, $"{notice.Key}:{r.MemberId}"))],
            "mail." + kind,
            "mail:" + notice.Items[0].Serial,
            t => Notice.Of(MailCards.Notice(t, kind, [.. notice.Items.Select(i => text.View(t, i))], notice.PickupCode,
                building.Name, (int)text.Rules.DeliveryDeadline.TotalHours)),
            ct);
    }

    // The outbox wakes its sender when rows are saved, which here is before the transaction commits.
    public void Committed() => outbox.Wake();

    private static string Kind(MailNoticeKind kind) => kind switch
    {
        MailNoticeKind.Urgent => "urgent",
        MailNoticeKind.Overdue => "overdue",
        MailNoticeKind.NewCode => "newCode",
        _ => "batch",
    };
}
