using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Training;

public enum AttendanceOutcome
{
    Saved,
    NotStarted,
    SessionCancelled,
    NotFound,
    // Someone on the list is not signed up to the session: nothing was saved.
    NotSignedUp,
}

// Unknown: the staff ids marked that have no place on the session.
public sealed record AttendanceResult(AttendanceOutcome Outcome, TrainingSession? Session, IReadOnlyList<int> Unknown);

// A manager marks who came, once the session has started: only those with a place on it can be marked, and a list
// naming anyone else is refused whole. Marking again overwrites (a correction); null leaves a mark as it was.
public sealed class TrainingAttendance(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public async Task<AttendanceResult> MarkAsync(int sessionId, IReadOnlyDictionary<int, Attendance?> marks, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(marks);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var session = await db.TrainingSessions.Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        var now = time.UtcNow;
        if (session is null)
        {
            return new(AttendanceOutcome.NotFound, null, []);
        }
        if (session.IsCancelled || session.StartsAt > now)
        {
            return new(session.IsCancelled ? AttendanceOutcome.SessionCancelled : AttendanceOutcome.NotStarted, session, []);
        }
        var places = session.SignUps.Where(u => u.Status == SignUpStatus.Confirmed).ToDictionary(u => u.StaffId);
        var unknown = marks.Keys.Where(id => !places.ContainsKey(id)).Order().ToList();
        if (unknown.Count > 0)
        {
            return new(AttendanceOutcome.NotSignedUp, session, unknown);
        }
        foreach (var (staffId, mark) in marks)
        {
            var place = places[staffId];
            if (mark is null || mark == place.Attendance)
            {
                continue;
            }
            place.Attendance = mark;
            place.AttendanceMarkedAt = now;
            place.AttendanceMarkedBy = actor;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(AttendanceOutcome.Saved, session, []);
    }
}
