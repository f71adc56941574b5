using FrontDesk.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Schedules;

// Taking, renewing and giving back a round's lease. Each is one conditional statement, so two instances asking at
// once cannot both get it (PostgreSQL re-checks the condition on the row the other just changed; SQLite writes one at
// a time). Times are the app's clock: instances' clocks must agree to well within a lease.
public sealed class RoundLeases(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    // True when holder has the lease for `length` from now: nobody held it, the holder's time ran out, or it was holder's.
    public async Task<bool> TakeAsync(string name, string holder, TimeSpan length, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var taken = await db.RoundLeases.Where(l => l.Name == name && (l.Holder == holder || l.HeldUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.HeldUntil, now + length), ct);
        if (taken == 1)
        {
            return true;
        }
        if (await db.RoundLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }
        db.RoundLeases.Add(new RoundLease { Name = name, Holder = holder, HeldUntil = now + length });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DatabaseDialect.Of(db).IsUniqueViolation(e))
        {
            // Another instance made the row first: it holds the lease.
            return false;
        }
    }

    // False when another instance has taken the lease meanwhile (this one was too slow to renew).
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan length, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.RoundLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldUntil, now + length), ct) == 1;
    }

    // At an instance's start: on SQLite (one host per file) a lease held by any other holder was held by a process that
    // has stopped, so its rounds are due now rather than when the lease runs out. On PostgreSQL only leases decide.
    public async Task<int> ReleaseStoppedAsync(string holder, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (DatabaseDialect.Of(db) != DatabaseDialect.Sqlite)
        {
            return 0;
        }
        return await db.RoundLeases.Where(l => l.Holder != holder && l.HeldUntil > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldUntil, now), ct);
    }

    // The round is done: the next instance to ask may run it at once.
    public async Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.RoundLeases.Where(l => l.Name == name && l.Holder == holder && l.HeldUntil > now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HeldUntil, now), ct);
    }
}
