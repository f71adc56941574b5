namespace FrontDesk.Data.Mail;

// Hands one notice to the sink and records it on the items: a fresh pickup code for them, status Notified,
// a history line. With nobody to tell, the items stay Received and the history says why.
internal static class MailNotifying
{
    public static async Task NotifyAsync(FrontDeskDb db, IMailNoticeSink sink, MailNoticeKind kind, string key,
        IReadOnlyList<MailItem> items, IReadOnlyList<MailNoticeRecipient> recipients, DateTimeOffset now, CancellationToken ct)
    {
        if (kind == MailNoticeKind.Overdue)
        {
            // The escalation itself is recorded by the job, whether or not anyone can be reminded.
            if (recipients.Count > 0)
            {
                await sink.AddAsync(db, new MailNotice(kind, key, items, null, recipients), ct);
            }
            return;
        }
        if (recipients.Count == 0)
        {
            foreach (var item in items)
            {
                item.History.Add(new MailEvent { At = now, Type = MailEventType.NotNotifiable, Actor = MailEvent.System, ActorName = "FrontDesk" });
            }
            return;
        }
        var code = PickupCode.New();
        foreach (var item in items)
        {
            item.PickupCodeHash = PickupCode.Hash(code);
            if (kind is MailNoticeKind.Urgent or MailNoticeKind.Batch)
            {
                item.Status = MailStatus.Notified;
                item.NotifiedAt = now;
            }
            var type = kind == MailNoticeKind.NewCode ? MailEventType.NewCode : MailEventType.Notified;
            item.History.Add(new MailEvent
            {
                At = now,
                Type = type,
                Actor = MailEvent.System,
                ActorName = "FrontDesk",
                Details = string.Join(", ", recipients.Select(r => r.Name)),
            });
        }
        await sink.AddAsync(db, new MailNotice(kind, key, items, code, recipients), ct);
    }
}
