using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Assessment;

// Records of one kind a staff member handled in the quarter, and how many met the standard.
public sealed record RecordCount(int Handled, int Met)
{
    public static RecordCount operator +(RecordCount a, RecordCount b) => new(a.Handled + b.Handled, a.Met + b.Met);
}

// One part of the score, 0–100, or null when there is not enough to go on; Weight is its share of the total
// after the weights of missing parts were spread over the others (0 when missing).
public sealed record ScorePart(double? Value, double Weight);

public sealed record StaffScore(
    int StaffId,
    string Name,
    RecordCount Calls,
    RecordCount Mail,
    RecordCount WalkIns,
    ScorePart Service,
    int FeedbackCount,
    double? FeedbackAverage,
    ScorePart Feedback,
    int? AttitudeRating,
    string? AttitudeNote,
    ScorePart Attitude,
    double? Total,
    bool Awarded)
{
    public RecordCount Records => Calls + Mail + WalkIns;
}

// A quarter's assessment of the desk, from the records the desk keeps anyway:
// - service quality: of the calls they took, the mail they logged and the walk-ins they went to, the share that met
//   the standard (answered within three rings as they reported it; collected or delivered within the mail deadline,
//   an item still open past it counting as missed and one younger not yet counted; seen to within the walk-in wait);
// - customer feedback: the average rating of feedback naming them, 1 → 0 and 5 → 100, once there are enough ratings;
// - attitude: the manager's rating, 1 → 0 and 5 → 100.
// The total is the weighted mean of the parts there are; a missing part's weight is spread over the others.
public sealed class AssessmentScores(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, MailRules mail, AssessmentRules rules)
{
    public async Task<IReadOnlyList<StaffScore>> ForQuarterAsync(Quarter quarter, int? onlyStaffId = null, CancellationToken ct = default)
    {
        var start = time.ToUtc(quarter.FirstDay, TimeOnly.MinValue);
        var end = time.ToUtc(quarter.End, TimeOnly.MinValue);
        var now = time.UtcNow;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.Role == StaffRole.Staff && (s.Active || onlyStaffId == s.Id) && (onlyStaffId == null || s.Id == onlyStaffId))
            .OrderBy(s => s.Name).ToListAsync(ct);
        var accounts = staff.Where(s => s.AadObjectId != null).Select(s => s.AadObjectId!).ToList();
        var ids = staff.Select(s => s.Id).ToList();
        var calls = await db.PhoneMessages.AsNoTracking().Where(m => m.TakenAt >= start && m.TakenAt < end && accounts.Contains(m.TakenBy))
            .Select(m => new { m.TakenBy, Met = m.AnswerSpeed == AnswerSpeed.WithinThreeRings }).ToListAsync(ct);
        var items = await db.MailItems.AsNoTracking().Where(m => m.ReceivedAt >= start && m.ReceivedAt < end && accounts.Contains(m.LoggedBy))
            .Select(m => new { m.LoggedBy, m.ReceivedAt, m.ClosedAt }).ToListAsync(ct);
        var walkIns = await db.Visits.AsNoTracking()
            .Where(v => v.WalkIn && v.ArrivedAt >= start && v.ArrivedAt < end && v.DeskServedBy != null && accounts.Contains(v.DeskServedBy))
            .Select(v => new { v.DeskServedBy, v.ArrivedAt, v.DeskServedAt }).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.GivenAt >= start && f.GivenAt < end && f.AboutStaffId != null && ids.Contains(f.AboutStaffId.Value))
            .Select(f => new { f.AboutStaffId, f.Rating }).ToListAsync(ct);
        var added = await db.StaffAssessments.AsNoTracking().Where(a => a.Quarter == quarter.Code && ids.Contains(a.StaffId)).ToListAsync(ct);

        var scores = staff.Select(s =>
        {
            var account = s.AadObjectId;
            var callCount = new RecordCount(calls.Count(c => c.TakenBy == account), calls.Count(c => c.TakenBy == account && c.Met));
            // An item still open and younger than the deadline has not had its chance yet.
            var judged = items.Where(m => m.LoggedBy == account && (m.ClosedAt is not null || now - m.ReceivedAt >= mail.DeliveryDeadline)).ToList();
            var mailCount = new RecordCount(judged.Count, judged.Count(m => m.ClosedAt - m.ReceivedAt <= mail.DeliveryDeadline));
            var served = walkIns.Where(v => v.DeskServedBy == account).ToList();
            var walkInCount = new RecordCount(served.Count, served.Count(v => v.DeskServedAt - v.ArrivedAt <= rules.WalkInWait));
            var ratings = feedback.Where(f => f.AboutStaffId == s.Id).Select(f => f.Rating).ToList();
            var mine = added.SingleOrDefault(a => a.StaffId == s.Id);
            var records = callCount + mailCount + walkInCount;
            double? service = records.Handled == 0 ? null : 100.0 * records.Met / records.Handled;
            double? average = ratings.Count == 0 ? null : ratings.Average();
            double? feedbackPart = ratings.Count < rules.MinimumFeedback || average is null ? null : Scale(average.Value);
            double? attitude = mine?.AttitudeRating is { } rating ? Scale(rating) : null;
            var (weights, total) = Combine([(service, rules.ServiceWeight), (feedbackPart, rules.FeedbackWeight), (attitude, rules.AttitudeWeight)]);
            return new StaffScore(s.Id, s.Name, callCount, mailCount, walkInCount, new(service, weights[0]), ratings.Count, average, new(feedbackPart, weights[1]),
                mine?.AttitudeRating, mine?.AttitudeNote, new(attitude, weights[2]), total, mine?.Awarded == true);
        });
        return [.. scores.OrderByDescending(s => s.Total ?? -1).ThenBy(s => s.Name, StringComparer.Ordinal)];
    }

    // A rating of 1 to 5 as 0 to 100.
    public static double Scale(double rating) => (rating - 1) * 25;

    // The parts there are, weighted by their share of the weights there are (as percentages), and the total.
    public static (double[] Weights, double? Total) Combine(IReadOnlyList<(double? Value, double Weight)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var present = parts.Where(p => p.Value is not null).Sum(p => p.Weight);
        var weights = parts.Select(p => p.Value is null || present == 0 ? 0 : 100 * p.Weight / present).ToArray();
        double? total = present == 0 ? null : parts.Where(p => p.Value is not null).Sum(p => p.Value!.Value * p.Weight) / present;
        return (weights, total);
    }
}
