using System.Globalization;
using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Staffing;

// A shift as the roster shows it, with the staff member's name.
public sealed record RosterShift(int Id, int StaffId, string StaffName, DateOnly Date, TimeOnly Start, TimeOnly End, ShiftSource Source)
{
    public double Hours => (End - Start).TotalHours;
}

// Someone who can be put on the roster: an active staff member or manager.
public sealed record DeskPerson(int Id, string Name, string Email);

public sealed record ShiftRequest(int StaffId, DateOnly Date, TimeOnly Start, TimeOnly End, string Token);

public enum ShiftProblem
{
    NoSuchStaff = 1,
    EndNotAfterStart,
    InThePast,
    AlreadyOver,
    Overlaps,
}

// A saved shift (AlreadySaved when the same card was saved before), or why not: Conflict is the person's shift
// it would overlap.
public sealed record ShiftOutcome(RosterShift? Shift, ShiftProblem? Problem, RosterShift? Conflict, bool AlreadySaved);

// The desk's roster (R7): shifts per staff member and building-local day, added one at a time from a manager's
// card (or a month at a time by RosterImport), never in the past, never two at once for one person.
public sealed class Roster(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public const string AddedAction = "roster.shift.added";
    public const string RemovedAction = "roster.shift.removed";

    public async Task<IReadOnlyList<RosterShift>> ShiftsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var shifts = await db.Shifts.AsNoTracking().Include(s => s.Staff).Where(s => s.Date >= from && s.Date <= to).ToListAsync(ct);
        return [.. shifts.Select(View).OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.StaffName, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<DeskPerson>> DeskAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.Active).ToListAsync(ct);
        return [.. staff.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Select(s => new DeskPerson(s.Id, s.Name, s.Email))];
    }

    public async Task<ShiftOutcome> AddAsync(ShiftRequest request, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two managers adding at once queue here, so the overlap check sees the other's shift.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Shifts.AsNoTracking().Include(s => s.Staff).FirstOrDefaultAsync(s => s.SubmitToken == request.Token, ct) is { } saved)
        {
            return new ShiftOutcome(View(saved), null, null, AlreadySaved: true);
        }
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.Id == request.StaffId && s.Active, ct);
        if (Check(request, staff) is { } problem)
        {
            return new ShiftOutcome(null, problem, null, false);
        }
        var sameDay = await db.Shifts.AsNoTracking().Include(s => s.Staff).Where(s => s.StaffId == request.StaffId && s.Date == request.Date).ToListAsync(ct);
        if (sameDay.FirstOrDefault(s => s.Overlaps(request.Start, request.End)) is { } conflict)
        {
            return new ShiftOutcome(null, ShiftProblem.Overlaps, View(conflict), false);
        }
        var shift = new Shift
        {
            StaffId = staff!.Id,
            Staff = staff,
            Date = request.Date,
            Start = request.Start,
            End = request.End,
            Source = ShiftSource.Card,
            CreatedAt = time.UtcNow,
            CreatedBy = actor,
            SubmitToken = request.Token,
        };
        db.Shifts.Add(shift);
        db.Audit.Add(Audit(AddedAction, actor, View(shift), time.UtcNow));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ShiftOutcome(View(shift), null, null, false);
    }

    // Only shifts from today on can be removed: the past of the roster stays as it was.
    public async Task<RosterShift?> RemoveAsync(int shiftId, string actor, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var shift = await db.Shifts.Include(s => s.Staff).FirstOrDefaultAsync(s => s.Id == shiftId, ct);
        if (shift is null || shift.Date < time.Today)
        {
            return null;
        }
        db.Shifts.Remove(shift);
        db.Audit.Add(Audit(RemovedAction, actor, View(shift), time.UtcNow));
        await db.SaveChangesAsync(ct);
        return View(shift);
    }

    internal static RosterShift View(Shift s) => new(s.Id, s.StaffId, s.Staff?.Name ?? "", s.Date, s.Start, s.End, s.Source);

    internal static AuditEntry Audit(string action, string actor, RosterShift s, DateTimeOffset at) => new()
    {
        At = at,
        Actor = actor,
        Action = action,
        Subject = string.Create(CultureInfo.InvariantCulture, $"staff:{s.StaffId}"),
        Details = string.Create(CultureInfo.InvariantCulture, $"{s.StaffName} {s.Date:yyyy-MM-dd} {s.Start:HH\\:mm}–{s.End:HH\\:mm}"),
    };

    private ShiftProblem? Check(ShiftRequest r, StaffMember? staff)
    {
        if (staff is null)
        {
            return ShiftProblem.NoSuchStaff;
        }
        if (r.End <= r.Start)
        {
            return ShiftProblem.EndNotAfterStart;
        }
        var today = time.Today;
        if (r.Date < today)
        {
            return ShiftProblem.InThePast;
        }
        return r.Date == today && r.End <= TimeOnly.FromDateTime(time.LocalNow.DateTime) ? ShiftProblem.AlreadyOver : null;
    }
}
