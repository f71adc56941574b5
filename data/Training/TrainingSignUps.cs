using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Training;

public enum SignUpOutcome
{
    SignedUp,
    // The session is full: on its waiting list.
    Waiting,
    AlreadySignedUp,
    AlreadyWaiting,
    // Cancelling: the place was given up (and the first waiting moved up), or the waiting-list place.
    PlaceGivenUp,
    LeftWaitingList,
    NotSignedUp,
    SessionCancelled,
    SessionStarted,
    NotFound,
}

// Position: the place on the waiting list (1 = next), when waiting.
public sealed record SignUpResult(SignUpOutcome Outcome, TrainingSession? Session, int Position = 0);

// Staff sign up for upcoming sessions and give their place up; a full session puts them on its waiting list, and a
// place given up goes to the first waiting, who is told. Each runs in one immediate transaction, so two people
// taking the last seat at once queue and one of them waits.
public sealed class TrainingSignUps(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, TrainingRules rules, ITrainingNoticeSink notices)
{
    public async Task<SignUpResult> SignUpAsync(int sessionId, int staffId, string staffName, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var session = await db.TrainingSessions.Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var now = time.UtcNow;
        if (Refused(session, now) is { } refused)
        {
            return refused;
        }
        var signUp = session!.SignUps.FirstOrDefault(u => u.StaffId == staffId);
        if (signUp?.Status == SignUpStatus.Confirmed)
        {
            return new(SignUpOutcome.AlreadySignedUp, session);
        }
        if (signUp?.Status == SignUpStatus.Waiting)
        {
            return new(SignUpOutcome.AlreadyWaiting, session, TrainingQueue.PositionOf(session, signUp));
        }
        if (signUp is null)
        {
            signUp = new TrainingSignUp { StaffId = staffId, StaffName = staffName };
            session.SignUps.Add(signUp);
        }
        var seat = TrainingQueue.Taken(session) < session.Capacity;
        signUp.StaffName = staffName;
        signUp.Status = seat ? SignUpStatus.Confirmed : SignUpStatus.Waiting;
        signUp.SignedUpAt = now;
        signUp.ConfirmedAt = seat ? now : null;
        signUp.CancelledAt = null;
        signUp.RemindedAt = seat ? TrainingQueue.RemindedAt(rules, time, session, now) : null;
        signUp.Attendance = null;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return seat ? new(SignUpOutcome.SignedUp, session) : new(SignUpOutcome.Waiting, session, TrainingQueue.PositionOf(session, signUp));
    }

    public async Task<SignUpResult> CancelAsync(int sessionId, int staffId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var session = await db.TrainingSessions.Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var now = time.UtcNow;
        if (Refused(session, now) is { } refused)
        {
            return refused;
        }
        var signUp = session!.SignUps.FirstOrDefault(u => u.StaffId == staffId && u.Status is SignUpStatus.Confirmed or SignUpStatus.Waiting);
        if (signUp is null)
        {
            return new(SignUpOutcome.NotSignedUp, session);
        }
        var hadSeat = signUp.Status == SignUpStatus.Confirmed;
        signUp.Status = SignUpStatus.Cancelled;
        signUp.CancelledAt = now;
        if (hadSeat)
        {
            await TrainingQueue.FillSeatsAsync(db, session, rules, time, notices, now, ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(hadSeat ? SignUpOutcome.PlaceGivenUp : SignUpOutcome.LeftWaitingList, session);
    }

    private static SignUpResult? Refused(TrainingSession? session, DateTimeOffset now) =>
        session is null ? new(SignUpOutcome.NotFound, null)
        : session.IsCancelled ? new(SignUpOutcome.SessionCancelled, session)
        : session.StartsAt <= now ? new(SignUpOutcome.SessionStarted, session)
        : null;
}
