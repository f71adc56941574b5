using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Feedback;

// Who gave it, as far as the form knows: a member or staff account in Teams, the kiosk's visit, and the
// contact details a visitor chose to leave (kept only when they agreed to be contacted).
public sealed record FeedbackGiver(FeedbackSource Source, string? Account, int? MemberId, int? CompanyId, string? RecordedByName,
    FeedbackChannel? Channel, int? VisitId, bool ContactAllowed, string? ContactName, string? ContactCompany, string? ContactDetails);

public sealed record FeedbackRequest(string SubmitToken, int Rating, FeedbackCategory Category, string? Comment, int? AboutStaffId, FeedbackGiver Giver);

public sealed record FeedbackResult(FeedbackEntry Entry, bool AlreadySaved);

// Where a low rating goes: the bot turns it into alerts for the managers, in the unit of work that saves it.
public interface IFeedbackNoticeSink
{
    Task LowRatingAsync(FrontDeskDb db, FeedbackEntry entry, CancellationToken ct);

    void Committed();
}

// Saves one rating. The form's checks ran before; these are the rules the data keeps whatever the form.
public sealed class FeedbackLog(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, IFeedbackNoticeSink notices)
{
    public async Task<FeedbackResult> SaveAsync(FeedbackRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Rating, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Rating, 5);
        var giver = request.Giver;
        await using var db = await dbs.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE: two taps of the same card queue here, and the second finds the first's row.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.SubmitToken == request.SubmitToken, ct) is { } earlier)
        {
            return new(earlier, AlreadySaved: true);
        }
        var about = request.AboutStaffId is { } staffId
            ? await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId && s.Active, ct)
            : null;
        // One visit, one rating tied to it: a second form from the same visit is kept, but not as the visit's.
        var visitId = giver.VisitId is { } id && !await db.Feedback.AnyAsync(f => f.VisitId == id, ct) && await db.Visits.AnyAsync(v => v.Id == id, ct)
            ? giver.VisitId
            : null;
        var now = clock.GetUtcNow();
        var entry = new FeedbackEntry
        {
            Rating = request.Rating,
            Category = request.Category,
            Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
            AboutStaffId = about?.Id,
            AboutStaffName = about?.Name,
            Source = giver.Source,
            Channel = giver.Source == FeedbackSource.RecordedByStaff ? giver.Channel : null,
            GivenBy = giver.Account,
            MemberId = giver.MemberId,
            CompanyId = giver.CompanyId,
            RecordedByName = giver.Source == FeedbackSource.RecordedByStaff ? giver.RecordedByName : null,
            VisitId = visitId,
            ContactAllowed = giver.ContactAllowed,
            ContactName = giver.ContactAllowed ? Blank(giver.ContactName) : null,
            ContactCompany = giver.ContactAllowed ? Blank(giver.ContactCompany) : null,
            ContactDetails = giver.ContactAllowed ? Blank(giver.ContactDetails) : null,
            GivenAt = now,
            SubmitToken = request.SubmitToken,
        };
        db.Feedback.Add(entry);
        if (entry.IsLow)
        {
            await notices.LowRatingAsync(db, entry, ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(entry, AlreadySaved: false);
    }

    // The desk's list as the form offers it: who a rating may name.
    public async Task<IReadOnlyList<(int Id, string Name)>> DeskAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return [.. staff.Select(s => (s.Id, s.Name))];
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
