using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Mail;

public sealed record MailLine(MailKind Kind, string? Carrier, string? TrackingNumber, int Count);

public sealed record MailLogRequest(
    string SubmitToken,
    int CompanyId,
    int? MemberId,
    IReadOnlyList<MailLine> Lines,
    bool Urgent,
    string? Shelf,
    string? Notes,
    string Actor,
    string ActorName);

public sealed record MailLogResult(IReadOnlyList<MailItem> Items, bool AlreadyLogged);

// Staff log what arrived: each line becomes an item with its own serial number. Urgent items are
// notified in the same transaction; ordinary ones wait for the batch job.
public sealed class MailLog(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, MailRules rules, IMailNoticeSink notices)
{
    public async Task<MailLogResult> LogAsync(MailLogRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two desks logging at once queue here, so the day counter and the token check are safe.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await db.MailItems.AsNoTracking().Where(m => m.SubmitToken == request.SubmitToken).OrderBy(m => m.Id).ToListAsync(ct);
        if (earlier.Count > 0)
        {
            return new(earlier, AlreadyLogged: true);
        }
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == request.CompanyId, ct);
        var member = request.MemberId is { } memberId
            ? await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId && m.CompanyId == company.Id, ct)
            : null;
        var now = clock.GetUtcNow();
        var day = rules.Local(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var counter = await db.MailSerialCounters.SingleOrDefaultAsync(c => c.Day == day, ct)
                      ?? db.MailSerialCounters.Add(new MailSerialCounter { Day = day }).Entity;

        var items = new List<MailItem>();
        foreach (var line in request.Lines)
        {
            counter.Last++;
            var item = new MailItem
            {
                Serial = string.Create(CultureInfo.InvariantCulture, $"M-{day}-{counter.Last:D4}"),
                CompanyId = company.Id,
                CompanyName = company.Name,
                RecipientMemberId = member?.Id,
                RecipientName = member?.Name ?? company.Name,
                Kind = line.Kind,
                Carrier = line.Carrier,
                TrackingNumber = line.TrackingNumber,
                Count = line.Count,
                Urgent = request.Urgent,
                Shelf = request.Shelf,
                Notes = request.Notes,
                Status = MailStatus.Received,
                ReceivedAt = now,
                LoggedBy = request.Actor,
                LoggedByName = request.ActorName,
                SubmitToken = request.SubmitToken,
            };
            item.History.Add(new MailEvent { At = now, Type = MailEventType.Received, Actor = request.Actor, ActorName = request.ActorName });
            db.MailItems.Add(item);
            items.Add(item);
        }
        await db.SaveChangesAsync(ct);
        if (request.Urgent)
        {
            foreach (var item in items)
            {
                var recipients = await MailRecipients.ForAsync(db, item, wholeCompany: false, ct);
                await MailNotifying.NotifyAsync(db, notices, MailNoticeKind.Urgent, $"mail.urgent:{item.Serial}", [item], recipients, now, ct);
            }
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(items, AlreadyLogged: false);
    }
}
