using FrontDesk.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Feedback;

public enum FollowUpOutcome
{
    Recorded,
    AlreadyDone,
    NotFound,
}

public sealed record FollowUpResult(FollowUpOutcome Outcome, FeedbackEntry? Entry);

// A manager records who took up a low rating and what was done; the first to record it owns it.
public sealed class FeedbackFollowUps(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public async Task<FeedbackEntry?> FindAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
    }

    public async Task<FollowUpResult> RecordAsync(int id, string note, string actor, string actorName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entry = await db.Feedback.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (entry is null)
        {
            return new(FollowUpOutcome.NotFound, null);
        }
        if (entry.FollowedUpAt is not null)
        {
            return new(FollowUpOutcome.AlreadyDone, entry);
        }
        var now = clock.GetUtcNow();
        entry.FollowedUpAt = now;
        entry.FollowedUpBy = actor;
        entry.FollowedUpByName = actorName;
        entry.FollowUpNote = note.Trim();
        db.Audit.Add(new AuditEntry { At = now, Actor = actor, Action = "feedback.followup", Subject = $"feedback:{id}", Details = entry.FollowUpNote });
        try
        {
            await db.SaveChangesAsync(ct);
            return new(FollowUpOutcome.Recorded, entry);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(FollowUpOutcome.AlreadyDone, await FindAsync(id, ct));
        }
    }
}
