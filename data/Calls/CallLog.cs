using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Calls;

public sealed record PhoneMessageRequest(
    string SubmitToken,
    int CompanyId,
    int? MemberId,
    string CallerName,
    string? CallerCompany,
    string? CallerPhone,
    string Message,
    bool Urgent,
    bool CallBackRequested,
    AnswerSpeed AnswerSpeed,
    string Actor,
    string ActorName);

public sealed record PhoneMessageResult(PhoneMessage Message, bool AlreadySaved);

// The desk saves a message taken on the phone: a reference number of the day, and the recipients told in the
// same transaction (or, when none can be reached, the desk).
public sealed class CallLog(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, CallRules rules, ICallNoticeSink notices)
{
    public async Task<PhoneMessageResult> SaveAsync(PhoneMessageRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two desks saving at once queue here, so the day counter and the token check are safe.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.PhoneMessages.AsNoTracking().FirstOrDefaultAsync(m => m.SubmitToken == request.SubmitToken, ct) is { } earlier)
        {
            return new(earlier, AlreadySaved: true);
        }
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == request.CompanyId, ct);
        var member = request.MemberId is { } memberId
            ? await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId && m.CompanyId == company.Id, ct)
            : null;
        var now = clock.GetUtcNow();
        var day = rules.Local(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var counter = await db.PhoneMessageCounters.SingleOrDefaultAsync(c => c.Day == day, ct)
                      ?? db.PhoneMessageCounters.Add(new PhoneMessageCounter { Day = day }).Entity;
        counter.Last++;
        var message = new PhoneMessage
        {
            Reference = string.Create(CultureInfo.InvariantCulture, $"C-{day}-{counter.Last:D4}"),
            CallerName = request.CallerName,
            CallerCompany = request.CallerCompany,
            CallerPhone = request.CallerPhone,
            CompanyId = company.Id,
            CompanyName = company.Name,
            RecipientMemberId = member?.Id,
            RecipientName = member?.Name ?? company.Name,
            Message = request.Message,
            Urgent = request.Urgent,
            CallBackRequested = request.CallBackRequested,
            AnswerSpeed = request.AnswerSpeed,
            TakenAt = now,
            TakenBy = request.Actor,
            TakenByName = request.ActorName,
            SubmitToken = request.SubmitToken,
        };
        db.PhoneMessages.Add(message);
        var recipients = await CallRecipients.ForAsync(db, message, ct);
        message.NotifiedCount = recipients.Count;
        await (recipients.Count > 0 ? notices.TakenAsync(db, message, recipients, ct) : notices.UnreachableAsync(db, message, ct));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(message, AlreadySaved: false);
    }
}
