using FrontDesk.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

public enum CheckInOutcome
{
    CheckedIn,
    AwaitingHost,
    HeldForDesk,
    UnknownCode,
    // Not the invitation's day.
    Expired,
    // The invitation's day, but before or after what the desk allows around its window.
    TooEarly,
    TooLate,
    AlreadyUsed,
    Cancelled,
    Invalid,
}

public sealed record CheckInResult(CheckInOutcome Outcome, Visit? Visit, IReadOnlyDictionary<string, string>? Problems = null);

// Notice: the privacy notice the form showed, kept with the consent (null only where no form was shown).
public sealed record WalkInRequest(string Name, string? Company, int HostMemberId, string Purpose, bool Consent, string SubmitToken,
    ConsentNotice? Notice = null);

// Arrival at the kiosk (R1, R2): with an invitation code, or as a walk-in who waits for the host's yes.
// The arrival and its notices (the host's card, or the desk's alert) commit together.
public sealed class LobbyCheckIn(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time, IVisitNoticeSink notices, CheckInWindow window)
{
    public async Task<CheckInResult> WithCodeAsync(string typed, string lobbyConversationId, string? locale, CancellationToken ct = default)
    {
        var code = InvitationCode.Normalize(typed);
        if (code is null)
        {
            return new(CheckInOutcome.UnknownCode, null);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visit = await db.Set<Visit>().Include(v => v.Host).Include(v => v.Company).SingleOrDefaultAsync(v => v.Code == code, ct);
        if (visit is null)
        {
            return new(CheckInOutcome.UnknownCode, null);
        }
        if (visit.Status == VisitStatus.Cancelled)
        {
            return new(CheckInOutcome.Cancelled, visit);
        }
        if (visit.Status != VisitStatus.Expected)
        {
            return new(CheckInOutcome.AlreadyUsed, visit);
        }
        var now = time.UtcNow;
        if (time.ToLocal(visit.ExpectedFrom!.Value).Date != time.LocalNow.Date)
        {
            return new(CheckInOutcome.Expired, visit);
        }
        if (now < window.OpensAt(visit) || now > window.ClosesAt(visit))
        {
            return new(now < window.OpensAt(visit) ? CheckInOutcome.TooEarly : CheckInOutcome.TooLate, visit);
        }
        // From here the check-in and its notices are one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var held = await Watchlist.MatchAsync(db, visit.VisitorName, visit.VisitorCompany, ct);
        var status = held is null ? VisitStatus.CheckedIn : VisitStatus.AwaitingDesk;
        // Conditional, so two kiosks (or a double tap) cannot both check the same invitation in.
        var changed = await db.Set<Visit>()
            .Where(v => v.Id == visit.Id && v.Status == VisitStatus.Expected)
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.Status, status)
                .SetProperty(v => v.ArrivedAt, now)
                .SetProperty(v => v.CheckedInAt, held is null ? now : null)
                .SetProperty(v => v.WatchlistEntryId, held == null ? null : held.Id)
                .SetProperty(v => v.LobbyConversationId, lobbyConversationId)
                .SetProperty(v => v.LobbyLocale, locale), ct);
        if (changed == 0)
        {
            return new(CheckInOutcome.AlreadyUsed, visit);
        }
        await db.Entry(visit).ReloadAsync(ct);
        await notices.ArrivedAsync(db, visit, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(held is null ? CheckInOutcome.CheckedIn : CheckInOutcome.HeldForDesk, visit);
    }

    public async Task<CheckInResult> WalkInAsync(WalkInRequest request, string lobbyConversationId, string? locale, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The write lock first: the same form submitted twice at once finds the visit the first one made.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var repeat = await db.Set<Visit>().Include(v => v.Host).Include(v => v.Company)
            .SingleOrDefaultAsync(v => v.SubmitToken == request.SubmitToken, ct);
        if (repeat is not null)
        {
            return new(repeat.Status == VisitStatus.AwaitingDesk ? CheckInOutcome.HeldForDesk : CheckInOutcome.AwaitingHost, repeat);
        }
        var problems = new Dictionary<string, string>();
        var name = VisitRules.Clean(request.Name);
        var company = VisitRules.Clean(request.Company);
        var purpose = VisitRules.Clean(request.Purpose);
        VisitRules.Text(problems, "name", name, VisitRules.NameLength, required: true);
        VisitRules.Text(problems, "company", company, VisitRules.NameLength, required: false);
        VisitRules.Text(problems, "purpose", purpose, VisitRules.PurposeLength, required: true);
        if (!request.Consent)
        {
            problems.TryAdd("consent", VisitRules.Required);
        }
        var host = await db.Members.Include(m => m.Company)
            .SingleOrDefaultAsync(m => m.Id == request.HostMemberId && m.Active, ct);
        if (host is null)
        {
            problems.TryAdd("host", VisitRules.Required);
        }
        if (host is null || problems.Count > 0 || string.IsNullOrWhiteSpace(request.SubmitToken))
        {
            return new(CheckInOutcome.Invalid, null, problems);
        }
        var now = time.UtcNow;
        var held = await Watchlist.MatchAsync(db, name, company.Length == 0 ? null : company, ct);
        var visit = new Visit
        {
            Status = held is null ? VisitStatus.AwaitingHost : VisitStatus.AwaitingDesk,
            WalkIn = true,
            VisitorName = name,
            VisitorCompany = company.Length == 0 ? null : company,
            Purpose = purpose,
            Host = host,
            Company = host.Company,
            CreatedAt = now,
            CreatedBy = "lobby",
            ArrivedAt = now,
            ConsentAt = now,
            ConsentVersion = request.Notice?.Version,
            LobbyConversationId = lobbyConversationId,
            LobbyLocale = locale,
            WatchlistEntryId = held?.Id,
            SubmitToken = request.SubmitToken,
        };
        db.Add(visit);
        if (request.Notice is { } notice)
        {
            await ConsentNotices.RecordAsync(db, notice, now, ct);
        }
        // Saved first for its id, which the notices' keys name.
        await db.SaveChangesAsync(ct);
        await notices.ArrivedAsync(db, visit, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(held is null ? CheckInOutcome.AwaitingHost : CheckInOutcome.HeldForDesk, visit);
    }
}
