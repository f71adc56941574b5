using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

// Leaving the building: at the kiosk, by the desk, or automatically at closing time.
public sealed class CheckOut(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    private static readonly VisitStatus[] OnSite = [VisitStatus.CheckedIn, VisitStatus.AwaitingHost, VisitStatus.AwaitingDesk];

    // Visitors on site whose name or invitation code matches what was typed, best first.
    public async Task<IReadOnlyList<Visit>> FindOnSiteAsync(string typed, CancellationToken ct = default)
    {
        var code = InvitationCode.Normalize(typed);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var onSite = await db.Set<Visit>().AsNoTracking().Include(v => v.Company)
            .Where(v => OnSite.Contains(v.Status)).ToListAsync(ct);
        if (code is not null && onSite.FirstOrDefault(v => v.Code == code) is { } byCode)
        {
            return [byCode];
        }
        return [.. onSite
            .Select(v => (Visit: v, Score: NameMatcher.Score(typed, v.VisitorName)))
            .Where(x => x.Score >= 0.85)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Visit)];
    }

    // False when the visit was not on site (already left, never arrived).
    public async Task<bool> CheckOutAsync(int visitId, string actor, bool automatic = false, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var changed = await db.Set<Visit>()
            .Where(v => v.Id == visitId && OnSite.Contains(v.Status))
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, VisitStatus.CheckedOut)
                .SetProperty(v => v.CheckedOutAt, now)
                .SetProperty(v => v.CheckedOutBy, actor)
                .SetProperty(v => v.AutoCheckedOut, automatic), ct);
        return changed == 1;
    }

    // Closing time: everyone still on site is checked out and marked so; invitations not used become no-shows.
    public async Task<int> CloseDayAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var left = await db.Set<Visit>().Where(v => OnSite.Contains(v.Status))
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, VisitStatus.CheckedOut)
                .SetProperty(v => v.CheckedOutAt, now)
                .SetProperty(v => v.CheckedOutBy, "closing time")
                .SetProperty(v => v.AutoCheckedOut, true), ct);
        await db.Set<Visit>().Where(v => v.Status == VisitStatus.Expected && v.ExpectedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, VisitStatus.NoShow), ct);
        return left;
    }
}
