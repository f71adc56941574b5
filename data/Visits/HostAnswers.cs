using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

public enum AnswerOutcome
{
    Recorded,
    // The visit is over (checked out, denied, …): nothing to answer any more.
    VisitEnded,
    // Only the host's company may answer.
    NotYours,
    // The answer does not fit the visit (e.g. "let in" for an invited visitor already in).
    NotApplicable,
    NotFound,
    // Someone (maybe a colleague) answered first: the first answer stands, this one is not recorded.
    AlreadyAnswered,
}

// AnsweredBy names whoever gave the answer that stands (for AlreadyAnswered); Relay says whether the
// visitor is being told at the kiosk (for Recorded).
public sealed record AnswerResult(AnswerOutcome Outcome, Visit? Visit, string? AnsweredBy = null, KioskRelay Relay = KioskRelay.None);

// The host (or a colleague of the same company) answers the arrival notice from Teams; the answer and its
// notices (the kiosk, the desk) commit together. The first answer wins: the row's HostAnsweredAt is its
// concurrency token, so a second answer saved over it fails instead of overwriting it.
public sealed class HostAnswers(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, IVisitNoticeSink notices)
{
    public const int MaxWaitMinutes = 120;

    public async Task<AnswerResult> AnswerAsync(int visitId, int memberId, HostAnswer answer, int? waitMinutes, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The write lock first: two answers at once are taken one after the other.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var visit = await db.Set<Visit>().Include(v => v.Host).Include(v => v.Company).SingleOrDefaultAsync(v => v.Id == visitId, ct);
        if (visit is null)
        {
            return new(AnswerOutcome.NotFound, null);
        }
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && m.Active, ct);
        if (member is null || member.CompanyId != visit.CompanyId)
        {
            return new(AnswerOutcome.NotYours, null);
        }
        if (visit.IsOver)
        {
            return new(AnswerOutcome.VisitEnded, visit);
        }
        if (visit.HostAnswer is not null)
        {
            return await AlreadyAnsweredAsync(db, visit, ct);
        }
        var walkInDecision = answer is HostAnswer.LetIn or HostAnswer.Decline;
        if (walkInDecision != (visit.Status == VisitStatus.AwaitingHost))
        {
            return new(AnswerOutcome.NotApplicable, visit);
        }
        var now = clock.GetUtcNow();
        visit.HostAnswer = answer;
        visit.WaitMinutes = answer == HostAnswer.PleaseWait ? Math.Clamp(waitMinutes ?? 5, 1, MaxWaitMinutes) : null;
        visit.HostAnsweredAt = now;
        visit.HostAnsweredBy = memberId;
        if (answer == HostAnswer.LetIn)
        {
            visit.Status = VisitStatus.CheckedIn;
            visit.CheckedInAt = now;
        }
        else if (answer == HostAnswer.Decline)
        {
            visit.Status = VisitStatus.Denied;
        }
        var relay = await notices.AnsweredAsync(db, visit, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another answer was saved after this one read the row (a provider without SQLite's write lock).
            await transaction.RollbackAsync(ct);
            return await StandingAnswerAsync(visitId, ct);
        }
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(AnswerOutcome.Recorded, visit, Relay: relay);
    }

    private async Task<AnswerResult> StandingAnswerAsync(int visitId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visit = await db.Set<Visit>().AsNoTracking().Include(v => v.Host).Include(v => v.Company).SingleAsync(v => v.Id == visitId, ct);
        return await AlreadyAnsweredAsync(db, visit, ct);
    }

    private static async Task<AnswerResult> AlreadyAnsweredAsync(FrontDeskDb db, Visit visit, CancellationToken ct)
    {
        var by = await db.Members.AsNoTracking().Where(m => m.Id == visit.HostAnsweredBy).Select(m => m.Name).SingleOrDefaultAsync(ct);
        return new(AnswerOutcome.AlreadyAnswered, visit, by);
    }
}
