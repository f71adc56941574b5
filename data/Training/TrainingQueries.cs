using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Training;

// A session as one person sees it in a list: seats taken, the waiting list's length, and their own place.
public sealed record SessionListing(TrainingSession Session, int Taken, int Waiting, SignUpStatus? Mine, int Position)
{
    public int SeatsLeft => Math.Max(0, Session.Capacity - Taken);
}

// A started session for the attendance list: how many have a place and how many are marked.
public sealed record AttendanceListing(TrainingSession Session, int Taken, int Marked, int Present);

// What the training cards list: the upcoming sessions, one's own, the sessions to mark, a session's people.
public sealed class TrainingQueries(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public const int ListLimit = 20;
    public const int AttendanceDays = 92;

    public async Task<IReadOnlyList<SessionListing>> UpcomingAsync(int staffId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = time.UtcNow;
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.SignUps)
            .Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt > now)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Take(ListLimit).ToListAsync(ct);
        return [.. sessions.Select(s => Listing(s, staffId))];
    }

    // The person's places on upcoming sessions, signed up or waiting.
    public async Task<IReadOnlyList<SessionListing>> MineAsync(int staffId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = time.UtcNow;
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.SignUps)
            .Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt > now &&
                        s.SignUps.Any(u => u.StaffId == staffId && (u.Status == SignUpStatus.Confirmed || u.Status == SignUpStatus.Waiting)))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(ct);
        return [.. sessions.Select(s => Listing(s, staffId))];
    }

    // Sessions the person was marked present at in the quarter.
    public async Task<IReadOnlyList<TrainingSession>> AttendedAsync(int staffId, Quarter quarter, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (start, end) = TrainingRules.QuarterUtc(time, quarter);
        return await db.TrainingSessions.AsNoTracking()
            .Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt >= start && s.StartsAt < end &&
                        s.SignUps.Any(u => u.StaffId == staffId && u.Status == SignUpStatus.Confirmed && u.Attendance == Attendance.Present))
            .OrderBy(s => s.StartsAt).ToListAsync(ct);
    }

    // Sessions that have started in the last AttendanceDays days, newest first.
    public async Task<IReadOnlyList<AttendanceListing>> StartedAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = time.UtcNow;
        var since = now.AddDays(-AttendanceDays);
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.SignUps)
            .Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt <= now && s.StartsAt > since)
            .OrderByDescending(s => s.StartsAt).ThenByDescending(s => s.Id).Take(ListLimit).ToListAsync(ct);
        return [.. sessions.Select(s =>
        {
            var places = s.SignUps.Where(u => u.Status == SignUpStatus.Confirmed).ToList();
            return new AttendanceListing(s, places.Count, places.Count(u => u.Attendance is not null), places.Count(u => u.Attendance == Attendance.Present));
        })];
    }

    // The session with everyone who has a place on it, by name (for the attendance card).
    public async Task<(TrainingSession? Session, IReadOnlyList<TrainingSignUp> Places)> RosterAsync(int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        return session is null
            ? (null, [])
            : (session, [.. session.SignUps.Where(u => u.Status == SignUpStatus.Confirmed).OrderBy(u => u.StaffName, StringComparer.Ordinal).ThenBy(u => u.StaffId)]);
    }

    public async Task<TrainingSession?> FindAsync(int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.TrainingSessions.AsNoTracking().Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
    }

    public static SessionListing Listing(TrainingSession session, int staffId)
    {
        ArgumentNullException.ThrowIfNull(session);
        var mine = session.SignUps.FirstOrDefault(u => u.StaffId == staffId && u.Status is SignUpStatus.Confirmed or SignUpStatus.Waiting);
        var waiting = TrainingQueue.Waiting(session);
        return new(session, TrainingQueue.Taken(session), waiting.Count, mine?.Status, mine?.Status == SignUpStatus.Waiting ? waiting.IndexOf(mine) + 1 : 0);
    }
}
