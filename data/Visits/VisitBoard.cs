using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

// People, not visits: a visit of three counts three (an evacuation counts heads).
public sealed record BoardCounts(int Expected, int OnSite, int Left);

// The desk's view of a day: who is expected, who is in, who has left. Staff only; callers check.
public sealed class VisitBoard(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public async Task<BoardCounts> CountsAsync(DateOnly day, CancellationToken ct = default)
    {
        var (start, end) = time.DayUtc(day);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visits = db.Set<Visit>().AsNoTracking();
        var expected = await visits.Where(v => v.Status == VisitStatus.Expected && v.ExpectedFrom >= start && v.ExpectedFrom < end).SumAsync(v => v.Guests, ct);
        var onSite = await visits.Where(v => v.Status == VisitStatus.CheckedIn || v.Status == VisitStatus.AwaitingHost || v.Status == VisitStatus.AwaitingDesk).SumAsync(v => v.Guests, ct);
        var left = await visits.Where(v => v.Status == VisitStatus.CheckedOut && v.CheckedOutAt >= start && v.CheckedOutAt < end).SumAsync(v => v.Guests, ct);
        return new(expected, onSite, left);
    }

    public async Task<IReadOnlyList<Visit>> OnSiteAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Visit>().AsNoTracking().Include(v => v.Company).Include(v => v.Host)
            .Where(v => v.Status == VisitStatus.CheckedIn || v.Status == VisitStatus.AwaitingHost || v.Status == VisitStatus.AwaitingDesk)
            .OrderBy(v => v.ArrivedAt).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Visit>> LeftAsync(DateOnly day, CancellationToken ct = default)
    {
        var (start, end) = time.DayUtc(day);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Visit>().AsNoTracking().Include(v => v.Company).Include(v => v.Host)
            .Where(v => v.Status == VisitStatus.CheckedOut && v.CheckedOutAt >= start && v.CheckedOutAt < end)
            .OrderBy(v => v.CheckedOutAt).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Visit>> ExpectedAsync(DateOnly day, CancellationToken ct = default)
    {
        var (start, end) = time.DayUtc(day);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Visit>().AsNoTracking().Include(v => v.Company).Include(v => v.Host)
            .Where(v => v.Status == VisitStatus.Expected && v.ExpectedFrom >= start && v.ExpectedFrom < end)
            .OrderBy(v => v.ExpectedFrom).ToListAsync(ct);
    }

    // Visits of one company only: what a tenant may see.
    public async Task<IReadOnlyList<Visit>> ForCompanyAsync(int companyId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var (start, _) = time.DayUtc(from);
        var (_, end) = time.DayUtc(to);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Visit>().AsNoTracking().Include(v => v.Host)
            .Where(v => v.CompanyId == companyId && ((v.ArrivedAt >= start && v.ArrivedAt < end) || (v.ExpectedFrom >= start && v.ExpectedFrom < end)))
            .OrderBy(v => v.ArrivedAt ?? v.ExpectedFrom).ToListAsync(ct);
    }
}
