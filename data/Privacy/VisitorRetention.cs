using FrontDesk.Data.Feedback;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Privacy;

public sealed record RetentionResult(int Visits, int Feedback, int Notices)
{
    public bool Any => Visits + Feedback + Notices > 0;
}

// The privacy notice's promise: a visitor's personal fields go once their visit is older than the retention
// period, in batches (one short write lock each), and a second run finds nothing left to do.
public sealed class VisitorRetention(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public async Task<RetentionResult> AnonymiseAsync(TimeSpan keep, int batchSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var now = clock.GetUtcNow();
        var cutoff = now - keep;
        var total = new RetentionResult(0, 0, 0);
        while (await BatchAsync(cutoff, now, batchSize, ct) is { Any: true } batch)
        {
            total = new(total.Visits + batch.Visits, total.Feedback + batch.Feedback, total.Notices + batch.Notices);
        }
        return total;
    }

    private async Task<RetentionResult> BatchAsync(DateTimeOffset cutoff, DateTimeOffset now, int size, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A visit's last moment: when it ended, began, or was expected to end, or (never any of those) was made.
        var visits = await db.Visits.Where(v => v.AnonymisedAt == null && (v.CheckedOutAt ?? v.ArrivedAt ?? v.ExpectedUntil ?? v.CreatedAt) < cutoff)
            .OrderBy(v => v.Id).Select(v => v.Id).Take(size).ToListAsync(ct);
        // Members' own feedback in Teams is theirs, not a visitor's; the kiosk's and what staff wrote down are.
        var feedback = await db.Feedback.Where(f => f.Source != FeedbackSource.Teams && f.GivenAt < cutoff).Where(VisitorScrub.HasPersonalText)
            .OrderBy(f => f.Id).Select(f => f.Id).Take(size).ToListAsync(ct);
        var scrubbedVisits = await VisitorScrub.VisitsAsync(db, visits, now, ct);
        var scrubbedFeedback = await VisitorScrub.FeedbackAsync(db, db.Feedback.Where(f => feedback.Contains(f.Id)), ct);
        var notices = await VisitorScrub.NoticesAsync(db, visits, feedback, ct);
        await transaction.CommitAsync(ct);
        return new(scrubbedVisits, scrubbedFeedback, notices);
    }
}
