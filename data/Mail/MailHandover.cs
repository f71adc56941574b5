using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Mail;

public enum HandoverOutcome
{
    Done,
    NotFound,
    // No open item has that code (and no serial was given to count the try against).
    UnknownCode,
    WrongCode,
    Locked,
    AlreadyClosed,
    CodeRequired,
}

// Items is what was closed (Done) or the closed item that blocked it (AlreadyClosed).
public sealed record HandoverResult(HandoverOutcome Outcome, IReadOnlyList<MailItem> Items, int TriesLeft = 0);

// Closing items at the desk: picked up with the pickup code, delivered to the suite, returned to sender;
// and the desk's unlock after too many wrong codes. Two desks closing one item at once: the first wins.
public sealed class MailHandover(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, MailRules rules, IMailNoticeSink notices)
{
    public async Task<HandoverResult> PickUpAsync(string? serial, string code, string handedTo, string actor, string actorName, CancellationToken ct = default)
    {
        var normalized = PickupCode.Normalize(code);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        List<MailItem> batch;
        if (!string.IsNullOrWhiteSpace(serial))
        {
            var item = await db.MailItems.SingleOrDefaultAsync(m => m.Serial == serial.Trim().ToUpperInvariant(), ct);
            if (item is null)
            {
                return new(HandoverOutcome.NotFound, []);
            }
            if (!item.IsOpen)
            {
                return new(HandoverOutcome.AlreadyClosed, [item]);
            }
            if (item.LockedAt is not null)
            {
                return new(HandoverOutcome.Locked, [item]);
            }
            if (item.PickupCodeHash is null)
            {
                // Never notified (the recipient is not in Teams): the desk hands it over on sight.
                batch = [item];
            }
            else if (normalized.Length == 0)
            {
                return new(HandoverOutcome.CodeRequired, [item]);
            }
            else if (PickupCode.Hash(normalized) != item.PickupCodeHash)
            {
                var result = await CountWrongCodeAsync(db, item, actor, actorName, now, ct);
                await transaction.CommitAsync(ct);
                return result;
            }
            else
            {
                batch = await OpenWithCodeAsync(db, item.PickupCodeHash, item.CompanyId, ct);
            }
        }
        else
        {
            if (normalized.Length == 0)
            {
                return new(HandoverOutcome.CodeRequired, []);
            }
            var hash = PickupCode.Hash(normalized);
            var any = await db.MailItems.Where(m => m.PickupCodeHash == hash).OrderByDescending(m => m.Id).ToListAsync(ct);
            if (any.Count == 0)
            {
                return new(HandoverOutcome.UnknownCode, []);
            }
            batch = [.. any.Where(m => m.IsOpen).OrderBy(m => m.Id)];
            if (batch.Count == 0)
            {
                return new(HandoverOutcome.AlreadyClosed, [any[0]]);
            }
            if (batch.FirstOrDefault(m => m.LockedAt is not null) is { } locked)
            {
                return new(HandoverOutcome.Locked, [locked]);
            }
        }
        Close(batch, MailStatus.PickedUp, handedTo, actor, actorName, now);
        return await SaveClosingAsync(db, transaction, batch, ct);
    }

    public Task<HandoverResult> DeliverAsync(string serial, string receivedBy, string actor, string actorName, CancellationToken ct = default) =>
        CloseOneAsync(serial, MailStatus.Delivered, receivedBy, actor, actorName, ct);

    public Task<HandoverResult> ReturnAsync(string serial, string reason, string actor, string actorName, CancellationToken ct = default) =>
        CloseOneAsync(serial, MailStatus.ReturnedToSender, reason, actor, actorName, ct);

    // Clears the wrong tries and sends the recipient a new code (the old one may have leaked).
    public async Task<HandoverResult> UnlockAsync(string serial, string actor, string actorName, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var item = await db.MailItems.SingleOrDefaultAsync(m => m.Serial == serial, ct);
        if (item is null || !item.IsOpen)
        {
            return new(item is null ? HandoverOutcome.NotFound : HandoverOutcome.AlreadyClosed, item is null ? [] : [item]);
        }
        var now = clock.GetUtcNow();
        item.LockedAt = null;
        item.WrongCodeAttempts = 0;
        item.History.Add(new MailEvent { At = now, Type = MailEventType.Unlocked, Actor = actor, ActorName = actorName });
        var recipients = await MailRecipients.ForAsync(db, item, wholeCompany: false, ct);
        var key = $"mail.newcode:{item.Serial}:{now.UtcTicks}";
        await MailNotifying.NotifyAsync(db, notices, MailNoticeKind.NewCode, key, [item], recipients, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(HandoverOutcome.Done, [item]);
    }

    // A member lost their code: the items addressed to them or their company get one new code, sent to
    // them alone (locked items stay locked: that is the desk's call). Returns the items, or none.
    public async Task<IReadOnlyList<MailItem>> NewCodeAsync(MailNoticeRecipient member, int companyId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var items = await db.MailItems
            .Where(m => m.CompanyId == companyId && (m.RecipientMemberId == null || m.RecipientMemberId == member.MemberId) &&
                        m.LockedAt == null && m.PickupCodeHash != null &&
                        (m.Status == MailStatus.Received || m.Status == MailStatus.Notified || m.Status == MailStatus.Escalated))
            .OrderBy(m => m.Id).ToListAsync(ct);
        if (items.Count > 0)
        {
            var now = clock.GetUtcNow();
            var key = $"mail.newcode:{member.MemberId}:{now.UtcTicks}";
            await MailNotifying.NotifyAsync(db, notices, MailNoticeKind.NewCode, key, items, [member], now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            notices.Committed();
        }
        return items;
    }

    private async Task<HandoverResult> CloseOneAsync(string serial, MailStatus status, string handedTo, string actor, string actorName, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var item = await db.MailItems.SingleOrDefaultAsync(m => m.Serial == serial.Trim().ToUpperInvariant(), ct);
        if (item is null)
        {
            return new(HandoverOutcome.NotFound, []);
        }
        if (!item.IsOpen)
        {
            return new(HandoverOutcome.AlreadyClosed, [item]);
        }
        Close([item], status, handedTo, actor, actorName, clock.GetUtcNow());
        return await SaveClosingAsync(db, transaction, [item], ct);
    }

    private static async Task<List<MailItem>> OpenWithCodeAsync(FrontDeskDb db, string hash, int companyId, CancellationToken ct) =>
        await db.MailItems.Where(m => m.PickupCodeHash == hash && m.CompanyId == companyId && m.LockedAt == null &&
                                      (m.Status == MailStatus.Received || m.Status == MailStatus.Notified || m.Status == MailStatus.Escalated))
            .OrderBy(m => m.Id).ToListAsync(ct);

    private static async Task<HandoverResult> CountWrongCodeAsync(FrontDeskDb db, MailItem item, string actor, string actorName, DateTimeOffset now, CancellationToken ct)
    {
        item.WrongCodeAttempts++;
        item.History.Add(new MailEvent { At = now, Type = MailEventType.WrongCode, Actor = actor, ActorName = actorName });
        var left = Math.Max(0, MailRules.MaxWrongCodes - item.WrongCodeAttempts);
        if (left == 0)
        {
            item.LockedAt = now;
            item.History.Add(new MailEvent { At = now, Type = MailEventType.Locked, Actor = actor, ActorName = actorName });
        }
        await db.SaveChangesAsync(ct);
        return new(left == 0 ? HandoverOutcome.Locked : HandoverOutcome.WrongCode, [item], left);
    }

    private void Close(IEnumerable<MailItem> items, MailStatus status, string handedTo, string actor, string actorName, DateTimeOffset now)
    {
        foreach (var item in items)
        {
            item.Status = status;
            item.ClosedAt = now;
            item.ClosedBy = actor;
            item.ClosedByName = actorName;
            item.HandedTo = handedTo;
            item.DeliverySeconds = status == MailStatus.ReturnedToSender ? null : (long)(now - item.ReceivedAt).TotalSeconds;
            var late = status != MailStatus.ReturnedToSender && now - item.ReceivedAt > rules.DeliveryDeadline;
            item.History.Add(new MailEvent
            {
                At = now,
                Type = status switch
                {
                    MailStatus.PickedUp => MailEventType.PickedUp,
                    MailStatus.Delivered => MailEventType.Delivered,
                    _ => MailEventType.ReturnedToSender,
                },
                Actor = actor,
                ActorName = actorName,
                Details = late ? handedTo + MailEvent.LateMark : handedTo,
            });
        }
    }

    // Status is a concurrency token: if another desk closed an item first, our UPDATE matches no row.
    private async Task<HandoverResult> SaveClosingAsync(FrontDeskDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        List<MailItem> items, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new(HandoverOutcome.Done, items);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            await using var fresh = await dbs.CreateDbContextAsync(ct);
            var ids = items.Select(i => i.Id).ToList();
            var winner = await fresh.MailItems.AsNoTracking().Where(m => ids.Contains(m.Id) && m.ClosedAt != null).FirstAsync(ct);
            return new(HandoverOutcome.AlreadyClosed, [winner]);
        }
    }
}
