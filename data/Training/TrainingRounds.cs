using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Training;

public sealed record TrainingRoundResult(int Reminded, bool QuarterReminded);

// The periodic round: the day-before reminder to everyone with a place, once each (RemindedAt), and the
// quarter's reminder to the staff who have not attended yet and to the managers, once per quarter (a row).
public sealed class TrainingRounds(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, TrainingRules rules, ITrainingNoticeSink notices)
{
    public async Task<TrainingRoundResult> RunOnceAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.UtcNow;
        var reminded = await RemindTomorrowAsync(db, now, ct);
        var quarter = await RemindQuarterAsync(db, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(reminded, quarter);
    }

    private async Task<int> RemindTomorrowAsync(FrontDeskDb db, DateTimeOffset now, CancellationToken ct)
    {
        // A reminder is due at most two days ahead (the day before, at any set time).
        var horizon = now.AddDays(2);
        var sessions = await db.TrainingSessions.Include(s => s.SignUps)
            .Where(s => s.Status == TrainingSessionStatus.Scheduled && s.StartsAt > now && s.StartsAt <= horizon &&
                        s.SignUps.Any(u => u.Status == SignUpStatus.Confirmed && u.RemindedAt == null))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(ct);
        var count = 0;
        foreach (var session in sessions.Where(s => now >= rules.ReminderMoment(time, s.StartsAt)))
        {
            var due = session.SignUps.Where(u => u.Status == SignUpStatus.Confirmed && u.RemindedAt == null).ToList();
            foreach (var signUp in due)
            {
                signUp.RemindedAt = now;
            }
            await notices.ReminderAsync(db, session, await TrainingRecipients.ForAsync(db, due.Select(u => u.StaffId), ct), ct);
            count += due.Count;
        }
        return count;
    }

    private async Task<bool> RemindQuarterAsync(FrontDeskDb db, DateTimeOffset now, CancellationToken ct)
    {
        var quarter = Quarter.Of(time.Today);
        var key = quarter.ToString();
        if (now < rules.QuarterReminderMoment(time, quarter) || await db.TrainingQuarterReminders.AnyAsync(r => r.Quarter == key, ct))
        {
            return false;
        }
        var report = await QuarterStatus.ReportAsync(db, time, quarter, ct);
        var staff = await TrainingRecipients.ForAsync(db, report.NotYet.Select(l => l.StaffId), ct);
        var managers = report.NotYet.Count == 0 ? [] : await TrainingRecipients.ForAsync(db,
            await db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.Manager).Select(s => s.Id).ToListAsync(ct), ct);
        await notices.QuarterReminderAsync(db, report, staff, managers, ct);
        db.TrainingQuarterReminders.Add(new TrainingQuarterReminder { Quarter = key, SentAt = now, StaffReminded = staff.Count, ManagersTold = managers.Count });
        return true;
    }
}
