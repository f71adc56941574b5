using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

public sealed record InvitationRequest(
    string VisitorName, string? VisitorCompany, DateOnly Date, TimeOnly From, TimeOnly Until,
    string Purpose, string? Phone, string? Email, int Guests);

public sealed record InvitationResult(Visit? Visit, IReadOnlyDictionary<string, string> Problems)
{
    public bool Succeeded => Visit is not null;
}

// A tenant member pre-registers a visitor: the visit is Expected and gets a code for the kiosk.
public sealed class Invitations(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public async Task<InvitationResult> CreateAsync(InvitationRequest request, int hostMemberId, string actor, CancellationToken ct = default)
    {
        var problems = Check(request);
        if (problems.Count > 0)
        {
            return new(null, problems);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var host = await db.Members.AsNoTracking().SingleAsync(m => m.Id == hostMemberId && m.Active, ct);
        for (var attempt = 0; ; attempt++)
        {
            var visit = new Visit
            {
                Status = VisitStatus.Expected,
                Code = InvitationCode.New(),
                HostMemberId = host.Id,
                CompanyId = host.CompanyId,
                CreatedAt = time.UtcNow,
                CreatedBy = actor,
                VisitorName = "",
                Purpose = "",
            };
            Apply(visit, request);
            db.Add(visit);
            db.Audit.Add(new AuditEntry { At = time.UtcNow, Actor = actor, Action = "visit.invited", Subject = visit.Code! });
            try
            {
                await db.SaveChangesAsync(ct);
                return new(visit, problems);
            }
            catch (DbUpdateException e) when (attempt < 5 && DatabaseDialect.Of(db).IsUniqueViolation(e))
            {
                // The random code was taken: draw another.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<IReadOnlyList<Visit>> UpcomingForHostAsync(int hostMemberId, CancellationToken ct = default)
    {
        var (start, _) = time.DayUtc(time.Today);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Set<Visit>().AsNoTracking()
            .Where(v => v.HostMemberId == hostMemberId && v.Status == VisitStatus.Expected && v.ExpectedUntil >= start)
            .OrderBy(v => v.ExpectedFrom).Take(20).ToListAsync(ct);
    }

    public async Task<InvitationResult> ChangeAsync(int visitId, int hostMemberId, InvitationRequest request, CancellationToken ct = default)
    {
        var problems = Check(request);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visit = await db.Set<Visit>().SingleOrDefaultAsync(v => v.Id == visitId && v.HostMemberId == hostMemberId, ct);
        if (visit is null || visit.Status != VisitStatus.Expected)
        {
            problems["visit"] = "notChangeable";
        }
        if (problems.Count > 0)
        {
            return new(null, problems);
        }
        Apply(visit!, request);
        await db.SaveChangesAsync(ct);
        return new(visit, problems);
    }

    // Only the host's own, still expected invitations can be cancelled.
    public async Task<bool> CancelAsync(int visitId, int hostMemberId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var changed = await db.Set<Visit>()
            .Where(v => v.Id == visitId && v.HostMemberId == hostMemberId && v.Status == VisitStatus.Expected)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, VisitStatus.Cancelled), ct);
        return changed == 1;
    }

    private void Apply(Visit visit, InvitationRequest r)
    {
        visit.VisitorName = VisitRules.Clean(r.VisitorName);
        visit.VisitorCompany = NullIfEmpty(VisitRules.Clean(r.VisitorCompany));
        visit.Purpose = VisitRules.Clean(r.Purpose);
        visit.VisitorPhone = NullIfEmpty(VisitRules.Clean(r.Phone));
        visit.VisitorEmail = NullIfEmpty(VisitRules.Clean(r.Email));
        visit.Guests = r.Guests;
        visit.ExpectedFrom = time.ToUtc(r.Date, r.From);
        visit.ExpectedUntil = time.ToUtc(r.Date, r.Until);
    }

    private Dictionary<string, string> Check(InvitationRequest r)
    {
        var problems = new Dictionary<string, string>();
        VisitRules.Text(problems, "name", VisitRules.Clean(r.VisitorName), VisitRules.NameLength, required: true);
        VisitRules.Text(problems, "company", VisitRules.Clean(r.VisitorCompany), VisitRules.NameLength, required: false);
        VisitRules.Text(problems, "purpose", VisitRules.Clean(r.Purpose), VisitRules.PurposeLength, required: true);
        VisitRules.Text(problems, "phone", VisitRules.Clean(r.Phone), VisitRules.PhoneLength, required: false);
        var email = VisitRules.Clean(r.Email);
        if (email.Length > 0 && !EmailAddress.IsValid(email))
        {
            problems.TryAdd("email", VisitRules.BadEmail);
        }
        if (r.Guests is < 1 or > VisitRules.MaxGuests)
        {
            problems.TryAdd("guests", VisitRules.OutOfRange);
        }
        if (r.Date < time.Today || r.Date > time.Today.AddDays(366))
        {
            problems.TryAdd("date", VisitRules.OutOfRange);
        }
        if (r.Until <= r.From)
        {
            problems.TryAdd("until", VisitRules.OutOfRange);
        }
        else if (r.Date == time.Today && time.ToUtc(r.Date, r.Until) <= time.UtcNow)
        {
            // A window still under way is fine (the visitor can come now); one already over is not.
            problems.TryAdd("until", VisitRules.Past);
        }
        return problems;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
