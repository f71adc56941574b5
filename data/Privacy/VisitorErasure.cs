using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Privacy;

// One person as the visit records know them: the visits (and invitations) under one e-mail, phone or name and company.
public sealed record VisitorMatch(string Name, string? Company, string? Email, string? Phone, IReadOnlyList<int> VisitIds,
    int Invitations, DateTimeOffset LastSeen);

public sealed record ErasureResult(int Visits, int Invitations, int Feedback, int Notices, IReadOnlyList<string> KioskConversations);

// A manager's "forget this visitor": finds the people a name, e-mail or phone names, then blanks their visits,
// cancels their invitations and clears the feedback text they left. The audit says who, when and how many.
public sealed class VisitorErasure(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public const string AuditAction = "privacy.erased";
    public const int MaxMatches = 10;
    private const double NameScore = 0.85;

    public async Task<IReadOnlyList<VisitorMatch>> FindAsync(string query, CancellationToken ct = default)
    {
        var typed = query.Trim();
        if (typed.Length < 2)
        {
            return [];
        }
        var email = typed.Contains('@', StringComparison.Ordinal) ? typed.ToLowerInvariant() : null;
        var digits = Digits(typed);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visits = await Known(db.Visits.Where(v => v.AnonymisedAt == null), ct);
        return [.. visits
            .Where(v => email is not null
                ? string.Equals(v.Email, email, StringComparison.OrdinalIgnoreCase)
                : (digits.Length >= 6 && Digits(v.Phone) == digits) || NameMatcher.Score(typed, v.Name) >= NameScore)
            .GroupBy(v => v.Email?.ToLowerInvariant() ?? (Digits(v.Phone) is { Length: > 0 } p ? p : $"{v.Name.ToLowerInvariant()}|{v.Company?.ToLowerInvariant()}"))
            .Select(Match)
            .OrderByDescending(m => m.LastSeen).Take(MaxMatches)];
    }

    // The person behind these visits (the ones not yet anonymised), for the confirmation; null when none is left.
    public async Task<VisitorMatch?> DescribeAsync(IReadOnlyCollection<int> visitIds, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var visits = await Known(db.Visits.Where(v => visitIds.Contains(v.Id) && v.AnonymisedAt == null), ct);
        return visits.Count == 0 ? null : Match(visits);
    }

    private static Task<List<KnownVisit>> Known(IQueryable<Visit> visits, CancellationToken ct) =>
        visits.AsNoTracking()
            .Select(v => new KnownVisit(v.Id, v.VisitorName, v.VisitorCompany, v.VisitorEmail, v.VisitorPhone, v.Status, v.ArrivedAt ?? v.ExpectedFrom ?? v.CreatedAt))
            .ToListAsync(ct);

    private static VisitorMatch Match(IEnumerable<KnownVisit> visits)
    {
        var all = visits.ToList();
        var latest = all.MaxBy(v => v.At)!;
        return new(latest.Name, latest.Company, all.Select(v => v.Email).FirstOrDefault(e => e is not null),
            all.Select(v => v.Phone).FirstOrDefault(p => p is not null), [.. all.Select(v => v.Id).Order()],
            all.Count(v => v.Status == VisitStatus.Expected), latest.At);
    }

    private sealed record KnownVisit(int Id, string Name, string? Company, string? Email, string? Phone, VisitStatus Status, DateTimeOffset At);

    // The feedback these visits' visitor left: after one of the visits, or (told to the desk) with their e-mail or phone.
    public async Task<int> FeedbackCountAsync(IReadOnlyCollection<int> visitIds, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await (await FeedbackOfAsync(db, visitIds, ct)).CountAsync(ct);
    }

    public async Task<ErasureResult> EraseAsync(IReadOnlyCollection<int> visitIds, string actor, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var visits = await db.Visits.AsNoTracking().Where(v => visitIds.Contains(v.Id) && v.AnonymisedAt == null)
            .Select(v => new { v.Id, v.Status, v.LobbyConversationId }).ToListAsync(ct);
        var ids = visits.Select(v => v.Id).ToList();
        if (ids.Count == 0)
        {
            // Already forgotten (a second tap): nothing done, nothing to audit.
            return new(0, 0, 0, 0, []);
        }
        var feedback = await FeedbackOfAsync(db, ids, ct);
        var feedbackIds = await feedback.Select(f => f.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        // An invitation still to come is called off, and its code no longer checks anyone in.
        var invitations = await db.Visits.Where(v => ids.Contains(v.Id) && v.Status == VisitStatus.Expected)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, VisitStatus.Cancelled).SetProperty(v => v.Code, (string?)null), ct);
        var scrubbed = await VisitorScrub.VisitsAsync(db, ids, now, ct);
        var texts = await VisitorScrub.FeedbackAsync(db, db.Feedback.Where(f => feedbackIds.Contains(f.Id)), ct);
        var notices = await VisitorScrub.NoticesAsync(db, ids, feedbackIds, ct);
        var kiosk = visits.Select(v => v.LobbyConversationId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        // Counts only: the audit must not keep what was just erased.
        db.Audit.Add(new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = AuditAction,
            Subject = "visitor",
            Details = $"visits={scrubbed}; invitations={invitations}; feedback={texts}; notices={notices}; kiosk={kiosk.Count}",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(scrubbed, invitations, texts, notices, kiosk);
    }

    private static async Task<IQueryable<FeedbackEntry>> FeedbackOfAsync(FrontDeskDb db, IReadOnlyCollection<int> visitIds, CancellationToken ct)
    {
        var known = await db.Visits.AsNoTracking().Where(v => visitIds.Contains(v.Id)).Select(v => new { v.VisitorEmail, v.VisitorPhone }).ToListAsync(ct);
        var contacts = known.SelectMany(v => new[] { v.VisitorEmail, v.VisitorPhone }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return db.Feedback.Where(f => f.Source != FeedbackSource.Teams)
            .Where(f => (f.VisitId != null && visitIds.Contains(f.VisitId.Value)) || (f.ContactDetails != null && contacts.Contains(f.ContactDetails)))
            .Where(VisitorScrub.HasPersonalText);
    }

    private static string Digits(string? text) => text is null ? "" : new([.. text.Where(char.IsAsciiDigit)]);
}
