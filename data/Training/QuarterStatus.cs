using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Training;

// One staff member against the quarterly rule: the sessions they attended in the quarter, and the upcoming ones
// in it they have a place on.
public sealed record StaffTrainingLine(int StaffId, string Name, string? AadObjectId, IReadOnlyList<TrainingSession> Attended, IReadOnlyList<TrainingSession> Booked);

public sealed record QuarterReport(Quarter Quarter, IReadOnlyList<StaffTrainingLine> NotYet, IReadOnlyList<StaffTrainingLine> Done);

// The plan's "a training every quarter": every active front-desk staff member (managers run the sessions) is
// marked present at one session or more that starts in the calendar quarter, in the building's time.
public sealed class QuarterStatus(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public Quarter Current => Quarter.Of(time.Today);

    public async Task<QuarterReport> ForAsync(Quarter quarter, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await ReportAsync(db, time, quarter, ct);
    }

    internal static async Task<QuarterReport> ReportAsync(FrontDeskDb db, BuildingTime time, Quarter quarter, CancellationToken ct)
    {
        var (start, end) = TrainingRules.QuarterUtc(time, quarter);
        var now = time.UtcNow;
        var staff = await db.Staff.AsNoTracking().Where(s => s.Active && s.Role == StaffRole.Staff).OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.SignUps)
            .Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt >= start && s.StartsAt < end)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(ct);
        var lines = staff.Select(s => new StaffTrainingLine(s.Id, s.Name, s.AadObjectId,
            [.. sessions.Where(x => x.SignUps.Any(u => u.StaffId == s.Id && u.Status == SignUpStatus.Confirmed && u.Attendance == Attendance.Present))],
            [.. sessions.Where(x => x.StartsAt > now && x.SignUps.Any(u => u.StaffId == s.Id && u.Status == SignUpStatus.Confirmed))])).ToList();
        return new(quarter, [.. lines.Where(l => l.Attended.Count == 0)], [.. lines.Where(l => l.Attended.Count > 0)]);
    }
}
