using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Mail;

public sealed record MailRoundResult(int Batches, int ItemsNotified, int Escalated);

// The desk's periodic round: ordinary items go out as one notice per recipient once the oldest has
// waited the batch window (so at most one notice per window), and items past the deadline are escalated.
public sealed class MailRounds(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, MailRules rules, IMailNoticeSink notices)
{
    public async Task<MailRoundResult> RunOnceAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();

        var waiting = await db.MailItems
            .Where(m => m.Status == MailStatus.Received && m.NotifiedAt == null &&
                        !m.History.Any(h => h.Type == MailEventType.NotNotifiable))
            .OrderBy(m => m.Id).ToListAsync(ct);
        var batches = 0;
        var notified = 0;
        foreach (var group in waiting.GroupBy(m => (m.CompanyId, m.RecipientMemberId)))
        {
            if (now - group.Min(m => m.ReceivedAt) < rules.BatchWindow)
            {
                continue;
            }
            var items = group.ToList();
            var recipients = await MailRecipients.ForAsync(db, items[0], wholeCompany: false, ct);
            var key = string.Create(CultureInfo.InvariantCulture, $"mail.batch:{items[0].Serial}:{items.Count}");
            await MailNotifying.NotifyAsync(db, notices, MailNoticeKind.Batch, key, items, recipients, now, ct);
            batches++;
            notified += recipients.Count > 0 ? items.Count : 0;
        }

        var deadline = now - rules.DeliveryDeadline;
        var overdue = await db.MailItems
            .Where(m => m.EscalatedAt == null && m.ReceivedAt <= deadline &&
                        (m.Status == MailStatus.Received || m.Status == MailStatus.Notified))
            .OrderBy(m => m.Id).ToListAsync(ct);
        foreach (var item in overdue)
        {
            var recipients = await MailRecipients.ForAsync(db, item, wholeCompany: true, ct);
            item.Status = MailStatus.Escalated;
            item.EscalatedAt = now;
            item.History.Add(new MailEvent
            {
                At = now,
                Type = MailEventType.Escalated,
                Actor = MailEvent.System,
                ActorName = "FrontDesk",
                Details = string.Join(", ", recipients.Select(r => r.Name)),
            });
            await MailNotifying.NotifyAsync(db, notices, MailNoticeKind.Overdue, $"mail.overdue:{item.Serial}", [item], recipients, now, ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(batches, notified, overdue.Count);
    }
}
