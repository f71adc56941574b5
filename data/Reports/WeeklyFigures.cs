using FrontDesk.Data.Feedback;
using FrontDesk.Data.Training;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Reports;

public sealed record WeekFigures(ReportPeriod Week, ActivityCounts Activity, ComplianceFigures Compliance);

// Sessions held in the week, and the quarter so far: who of the active desk staff has attended one.
public sealed record TrainingFigures(int Sessions, int SignedUp, int Attended, decimal Cost, int StaffTrainedThisQuarter, int ActiveStaff, decimal QuarterCost);

public sealed record WeeklyFigures(
    ReportPeriod Week,
    WeekFigures This,
    WeekFigures Previous,
    WeekFigures FourWeeksBefore,
    IReadOnlyList<WeekFigures> Trend,
    IReadOnlyList<CategoryStats> FeedbackByCategory,
    TrainingFigures Training);

// The weekly report's figures (R8): the week against the week before and the same week four weeks before, the
// last eight weeks' trend, feedback by category, training. Each figure is counted in SQL per week.
public sealed class WeeklyReport(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, DeskActivity activity, Compliance compliance, FeedbackSummary feedback)
{
    public const int TrendWeeks = 8;

    public async Task<WeeklyFigures> ForAsync(ReportPeriod week, TimeSpan waitStandard, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var trend = new List<WeekFigures>();
        var first = week;
        for (var i = 1; i < TrendWeeks; i++)
        {
            first = first.Previous;
        }
        for (var w = first; w.Start <= week.Start; w = w.Next)
        {
            trend.Add(await WeekAsync(w, waitStandard, ct));
        }
        var byCategory = (await feedback.ForAsync(week, ct)).Categories;
        return new WeeklyFigures(week, trend[^1], trend[^2], trend[^5], trend, byCategory, await TrainingAsync(week, ct));
    }

    public async Task<WeekFigures> WeekAsync(ReportPeriod week, TimeSpan waitStandard, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(week);
        var last = week.End.AddDays(-1);
        return new(week, await activity.ForAsync(week.Start, last, ct), await compliance.ForAsync(week.Start, last, waitStandard, ct));
    }

    private async Task<TrainingFigures> TrainingAsync(ReportPeriod week, CancellationToken ct)
    {
        var start = time.ToUtc(week.Start, TimeOnly.MinValue);
        var end = time.ToUtc(week.End, TimeOnly.MinValue);
        var quarter = Quarter.Of(week.End.AddDays(-1));
        var quarterStart = time.ToUtc(quarter.FirstDay, TimeOnly.MinValue);
        var quarterEnd = time.ToUtc(quarter.End, TimeOnly.MinValue);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var held = db.TrainingSessions.AsNoTracking().Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt >= start && s.StartsAt < end);
        var signUps = db.TrainingSignUps.AsNoTracking().Where(u => u.Session!.Status == TrainingSessionStatus.Scheduled && u.Session.StartsAt >= start && u.Session.StartsAt < end);
        var quarterSessions = db.TrainingSessions.AsNoTracking()
            .Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt >= quarterStart && s.StartsAt < quarterEnd && s.StartsAt < end);
        // SQLite has no decimal sum: the sessions of a week or a quarter are few.
        var cost = (await held.Select(s => s.Cost).ToListAsync(ct)).Sum();
        var quarterCost = (await quarterSessions.Select(s => s.Cost).ToListAsync(ct)).Sum();
        var trained = await db.TrainingSignUps.AsNoTracking()
            .Where(u => u.Attendance == Attendance.Present && u.Session!.StartsAt >= quarterStart && u.Session.StartsAt < quarterEnd && u.Session.StartsAt < end)
            .Select(u => u.StaffId).Distinct().CountAsync(ct);
        return new TrainingFigures(
            await held.CountAsync(ct),
            await signUps.CountAsync(u => u.Status == SignUpStatus.Confirmed, ct),
            await signUps.CountAsync(u => u.Attendance == Attendance.Present, ct),
            cost,
            trained,
            await db.Staff.CountAsync(s => s.Active && s.Role == Directory.StaffRole.Staff, ct),
            quarterCost);
    }
}
