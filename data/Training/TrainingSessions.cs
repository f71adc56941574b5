using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Training;

public sealed record SessionRequest(
    string SubmitToken,
    TrainingTopic Topic,
    string? Title,
    DateOnly Date,
    TimeOnly Time,
    string Place,
    string Trainer,
    int Capacity,
    decimal Cost,
    string Actor,
    string ActorName);

// Problems: (field, code) pairs, a code of TrainingRules; Count: what the code is about (people signed up).
public sealed record SessionResult(TrainingSession? Session, bool AlreadySaved, int Told, IReadOnlyList<(string Field, string Code, int Count)> Problems)
{
    public bool Succeeded => Problems.Count == 0 && Session is not null;

    public static SessionResult Problem(string field, string code, int count = 0) => new(null, false, 0, [(field, code, count)]);
}

// Managers schedule, change and cancel sessions. A change that concerns the people signed up (time, place,
// trainer, topic) tells them and those waiting; more seats move the waiting up; a cancellation tells them all.
public sealed class TrainingSessions(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, TrainingRules rules, ITrainingNoticeSink notices)
{
    public async Task<SessionResult> CreateAsync(SessionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two taps of the same card queue here, so the token check is safe.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.SubmitToken == request.SubmitToken, ct) is { } earlier)
        {
            return new(earlier, AlreadySaved: true, 0, []);
        }
        var now = time.UtcNow;
        var startsAt = time.ToUtc(request.Date, request.Time);
        if (Check(request, startsAt, now) is { } problem)
        {
            return problem;
        }
        var session = new TrainingSession
        {
            Topic = request.Topic,
            Title = Blank(request.Title),
            StartsAt = startsAt,
            Place = request.Place,
            Trainer = request.Trainer,
            Capacity = request.Capacity,
            Cost = request.Cost,
            Currency = Blank(rules.Currency),
            CreatedAt = now,
            CreatedBy = request.Actor,
            CreatedByName = request.ActorName,
            SubmitToken = request.SubmitToken,
        };
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(session, AlreadySaved: false, 0, []);
    }

    public async Task<SessionResult> ChangeAsync(int sessionId, SessionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var session = await db.TrainingSessions.Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var now = time.UtcNow;
        if (Changeable(session, now) is { } refused)
        {
            return refused;
        }
        var startsAt = time.ToUtc(request.Date, request.Time);
        if (Check(request, startsAt, now) is { } problem)
        {
            return problem;
        }
        var taken = TrainingQueue.Taken(session!);
        if (request.Capacity < taken)
        {
            return SessionResult.Problem("capacity", TrainingRules.BelowSignedUp, taken);
        }
        var changes = new SessionChanges(
            startsAt != session!.StartsAt ? session.StartsAt : null,
            request.Place != session.Place ? session.Place : null,
            request.Trainer != session.Trainer ? session.Trainer : null,
            request.Topic != session.Topic || Blank(request.Title) != session.Title);
        var unchanged = !changes.Any && request.Capacity == session.Capacity && request.Cost == session.Cost;
        if (unchanged)
        {
            return new(session, AlreadySaved: true, 0, []);
        }
        session.Topic = request.Topic;
        session.Title = Blank(request.Title);
        session.StartsAt = startsAt;
        session.Place = request.Place;
        session.Trainer = request.Trainer;
        session.Capacity = request.Capacity;
        session.Cost = request.Cost;
        session.ChangedAt = now;
        session.Version++;
        if (changes.WasStartsAt is not null)
        {
            // A new day means a new day-before reminder.
            foreach (var signUp in session.SignUps.Where(u => u.Status == SignUpStatus.Confirmed))
            {
                signUp.RemindedAt = TrainingQueue.RemindedAt(rules, time, session, now);
            }
        }
        var moved = await TrainingQueue.FillSeatsAsync(db, session, rules, time, notices, now, ct);
        var told = 0;
        if (changes.Any)
        {
            var recipients = await TrainingRecipients.OfSessionAsync(db, session, moved.Select(m => m.StaffId), ct);
            await notices.ChangedAsync(db, session, changes, recipients, ct);
            told = recipients.Count;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(session, AlreadySaved: false, told + moved.Count, []);
    }

    public async Task<SessionResult> CancelAsync(int sessionId, string? reason, string actorName, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var session = await db.TrainingSessions.Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var now = time.UtcNow;
        if (Changeable(session, now) is { } refused)
        {
            return refused;
        }
        session!.Status = TrainingSessionStatus.Cancelled;
        session.CancelledAt = now;
        session.CancelledByName = actorName;
        session.CancelReason = Blank(reason);
        session.Version++;
        var recipients = await TrainingRecipients.OfSessionAsync(db, session, [], ct);
        await notices.CancelledAsync(db, session, recipients, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(session, AlreadySaved: false, recipients.Count, []);
    }

    private static SessionResult? Changeable(TrainingSession? session, DateTimeOffset now) =>
        session is null ? SessionResult.Problem("session", TrainingRules.NotFound)
        : session.IsCancelled ? SessionResult.Problem("session", TrainingRules.Cancelled)
        : session.StartsAt <= now ? SessionResult.Problem("session", TrainingRules.Started)
        : null;

    private static SessionResult? Check(SessionRequest request, DateTimeOffset startsAt, DateTimeOffset now)
    {
        if (request.Capacity is < TrainingRules.MinCapacity or > TrainingRules.MaxCapacity)
        {
            return SessionResult.Problem("capacity", TrainingRules.CapacityRange);
        }
        return startsAt <= now ? SessionResult.Problem("date", TrainingRules.Past) : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
