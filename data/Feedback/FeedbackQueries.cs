using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Feedback;

// "My feedback": a member sees what they gave; a staff member what was said about them, never who said it.
public sealed class FeedbackQueries(IDbContextFactory<FrontDeskDb> dbs)
{
    public const int ListLimit = 20;

    public async Task<IReadOnlyList<FeedbackEntry>> GivenByAsync(string account, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Feedback.AsNoTracking().Where(f => f.GivenBy == account && f.Source == FeedbackSource.Teams)
            .OrderByDescending(f => f.GivenAt).ThenByDescending(f => f.Id).Take(ListLimit).ToListAsync(ct);
    }

    public async Task<bool> HasVisitFeedbackAsync(int visitId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Feedback.AnyAsync(f => f.VisitId == visitId, ct);
    }

    public async Task<(IReadOnlyList<FeedbackEntry> Latest, RatingStats All)> AboutAsync(int staffId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var about = db.Feedback.AsNoTracking().Where(f => f.AboutStaffId == staffId);
        var ratings = await about.Select(f => f.Rating).ToListAsync(ct);
        var latest = await about.OrderByDescending(f => f.GivenAt).ThenByDescending(f => f.Id).Take(ListLimit).ToListAsync(ct);
        var stats = new RatingStats(ratings.Count, ratings.Count(r => r <= FeedbackEntry.LowRating), ratings.Count == 0 ? null : ratings.Average());
        return (latest, stats);
    }
}
