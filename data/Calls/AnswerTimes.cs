using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Calls;

// Calls, how many were answered, and how many of them within three rings. Missed calls count as calls.
public sealed record AnswerFigures(int Calls, int Answered, int WithinThreeRings, int TotalWaitSeconds)
{
    public static AnswerFigures Of(IReadOnlyCollection<CallRecord> calls, int threeRingSeconds) => new(
        calls.Count,
        calls.Count(c => c.Answered),
        calls.Count(c => c.Answered && c.WaitSeconds <= threeRingSeconds),
        calls.Where(c => c.Answered).Sum(c => c.WaitSeconds ?? 0));

    public int Missed => Calls - Answered;

    // Whole percent of all calls (or of the answered ones, for a staff member's own figures).
    public int Percent(bool ofAnswered = false) => Share(WithinThreeRings, ofAnswered ? Answered : Calls);

    public int AverageWaitSeconds => Answered == 0 ? 0 : (int)Math.Round((double)TotalWaitSeconds / Answered, MidpointRounding.AwayFromZero);

    public static int Share(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}

// The staff's own report on the messages they logged: the fallback when the phone system's records are missing.
public sealed record SelfReport(int Messages, int WithinThreeRings, int Later, int MissedCalledBack)
{
    public int Percent => AnswerFigures.Share(WithinThreeRings, Messages);
}

// Answered calls by how many rings it took: 1, 2, 3, 4–5, more.
public sealed record RingCounts(int One, int Two, int Three, int FourOrFive, int More);

public sealed record HourFigures(int Hour, AnswerFigures Figures);

public sealed record StaffFigures(string AnsweredBy, AnswerFigures Figures);

public sealed record AnswerTimeReport(
    DateOnly From,
    DateOnly To,
    int RingSeconds,
    AnswerFigures Total,
    RingCounts Rings,
    IReadOnlyList<HourFigures> ByHour,
    IReadOnlyList<StaffFigures> ByStaff,
    SelfReport SelfReport);

// The desk's true answer times from the imported inbound calls, per building-local hour and per staff member,
// beside the staff's own report on the phone messages of the same days.
public sealed class AnswerTimes(IDbContextFactory<FrontDeskDb> dbs, CallRules rules)
{
    public async Task<AnswerTimeReport> ForAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var (start, end) = rules.DaysUtc(from, to);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var calls = await db.CallRecords.AsNoTracking()
            .Where(r => r.Direction == CallDirection.Inbound && r.StartedAt >= start && r.StartedAt < end)
            .OrderBy(r => r.StartedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var speeds = await db.PhoneMessages.AsNoTracking().Where(m => m.TakenAt >= start && m.TakenAt < end)
            .Select(m => m.AnswerSpeed).ToListAsync(ct);
        var three = rules.ThreeRingSeconds;
        var byHour = calls.GroupBy(c => rules.Local(c.StartedAt).Hour).OrderBy(g => g.Key)
            .Select(g => new HourFigures(g.Key, AnswerFigures.Of([.. g], three))).ToList();
        var byStaff = calls.Where(c => c.Answered).GroupBy(c => c.AnsweredBy ?? "", StringComparer.OrdinalIgnoreCase)
            .Select(g => new StaffFigures(g.First().AnsweredBy ?? "", AnswerFigures.Of([.. g], three)))
            .OrderBy(s => s.AnsweredBy.Length == 0).ThenBy(s => s.AnsweredBy, StringComparer.OrdinalIgnoreCase).ToList();
        return new AnswerTimeReport(from, to, rules.RingSeconds, AnswerFigures.Of(calls, three), Rings(calls), byHour, byStaff,
            new SelfReport(speeds.Count, speeds.Count(s => s == AnswerSpeed.WithinThreeRings), speeds.Count(s => s == AnswerSpeed.Later),
                speeds.Count(s => s == AnswerSpeed.MissedCalledBack)));
    }

    private RingCounts Rings(List<CallRecord> calls)
    {
        // A call answered at once (0 s) was answered on the first ring.
        var rings = calls.Where(c => c.Answered).Select(c => Math.Max(1, (int)Math.Ceiling((c.WaitSeconds ?? 0) / (double)rules.RingSeconds))).ToList();
        return new(rings.Count(r => r == 1), rings.Count(r => r == 2), rings.Count(r => r == 3), rings.Count(r => r is 4 or 5), rings.Count(r => r > 5));
    }
}
