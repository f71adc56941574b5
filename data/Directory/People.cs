using FrontDesk.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

public enum Role
{
    // Talks to the bot in Teams but is in neither the directory nor the staff list.
    Unlinked = 0,
    Tenant = 1,
    Staff = 2,
    Manager = 3,
}

// Who a Teams user is to the front desk.
public sealed record Person(Role Role, string Name, string? Email, int? MemberId, int? StaffId, int? CompanyId, string? CompanyName)
{
    public bool IsStaff => Role is Role.Staff or Role.Manager;
}

public enum StaffChange
{
    Added,
    Updated,
    Unchanged,
}

// The building's people: tenant members and desk staff, and linking a Teams account to them by email.
public sealed class People(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public async Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var staff = await db.Staff.AsNoTracking()
            .Where(s => s.AadObjectId == aadObjectId && s.Active)
            .OrderByDescending(s => s.Role)
            .FirstOrDefaultAsync(ct);
        if (staff is not null)
        {
            return FromStaff(staff);
        }
        var member = await db.Members.AsNoTracking().Include(m => m.Company)
            .FirstOrDefaultAsync(m => m.AadObjectId == aadObjectId && m.Active, ct);
        return member is null ? null : FromMember(member);
    }

    // Links the Teams account to the staff entry and/or the member with that email. An entry already
    // linked to a different account is not taken over: the desk has to sort that out.
    public async Task<Person?> LinkByEmailAsync(string aadObjectId, string email, CancellationToken ct = default)
    {
        var normalized = NormalizeEmail(email);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.Email == normalized && s.Active, ct);
        var member = await db.Members.Include(m => m.Company)
            .FirstOrDefaultAsync(m => m.Email == normalized && m.Active, ct);

        if (staff is not null && staff.AadObjectId is null)
        {
            staff.AadObjectId = aadObjectId;
            db.Audit.Add(new AuditEntry { At = now, Actor = aadObjectId, Action = "staff.linked", Subject = normalized });
        }
        if (member is not null && member.AadObjectId is null)
        {
            member.AadObjectId = aadObjectId;
            member.LinkedAt = now;
            db.Audit.Add(new AuditEntry { At = now, Actor = aadObjectId, Action = "member.linked", Subject = normalized });
        }
        await db.SaveChangesAsync(ct);

        if (staff?.AadObjectId == aadObjectId)
        {
            return FromStaff(staff);
        }
        return member?.AadObjectId == aadObjectId ? FromMember(member) : null;
    }

    public async Task<StaffChange> SaveStaffAsync(string name, string email, StaffRole role, string actor, CancellationToken ct = default)
    {
        var normalized = NormalizeEmail(email);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var existing = await db.Staff.FirstOrDefaultAsync(s => s.Email == normalized, ct);
        var now = clock.GetUtcNow();
        StaffChange change;
        // A tenant member made staff is the same person: their Teams account, already linked as a member,
        // is linked to the staff entry at once, and the staff role wins for everything they do.
        var linkedAs = await db.Members.Where(m => m.Email == normalized && m.AadObjectId != null).Select(m => m.AadObjectId).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            db.Staff.Add(new StaffMember { Name = name.Trim(), Email = normalized, Role = role, AddedAt = now, AddedBy = actor, AadObjectId = linkedAs });
            change = StaffChange.Added;
        }
        else if (existing.Name == name.Trim() && existing.Role == role && existing.Active)
        {
            return StaffChange.Unchanged;
        }
        else
        {
            existing.Name = name.Trim();
            existing.Role = role;
            existing.Active = true;
            existing.AadObjectId ??= linkedAs;
            change = StaffChange.Updated;
        }
        db.Audit.Add(new AuditEntry { At = now, Actor = actor, Action = $"staff.{change.ToString().ToLowerInvariant()}", Subject = normalized, Details = role.ToString() });
        await db.SaveChangesAsync(ct);
        return change;
    }

    public async Task<IReadOnlyList<StaffMember>> ListStaffAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Staff.AsNoTracking().Where(s => s.Active)
            .OrderByDescending(s => s.Role).ThenBy(s => s.Name).ToListAsync(ct);
    }

    // Who can be told in Teams (linked accounts), read on the caller's unit of work: the desk, for its alerts,
    // and a company's members, for notices to a host's colleagues.
    public static Task<List<StaffMember>> ReachableStaffAsync(FrontDeskDb db, CancellationToken ct = default) =>
        db.Staff.AsNoTracking().Where(s => s.Active && s.AadObjectId != null)
            .OrderByDescending(s => s.Role).ThenBy(s => s.Name).ToListAsync(ct);

    public static Task<List<Member>> ReachableMembersAsync(FrontDeskDb db, int companyId, CancellationToken ct = default) =>
        db.Members.AsNoTracking().Where(m => m.CompanyId == companyId && m.Active && m.AadObjectId != null)
            .OrderBy(m => m.Name).ToListAsync(ct);

    private static Person FromStaff(StaffMember s) =>
        new(s.Role == StaffRole.Manager ? Role.Manager : Role.Staff, s.Name, s.Email, null, s.Id, null, null);

    private static Person FromMember(Member m) =>
        new(Role.Tenant, m.Name, m.Email, m.Id, null, m.CompanyId, m.Company?.Name);
}
