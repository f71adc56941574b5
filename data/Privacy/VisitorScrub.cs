using System.Globalization;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Privacy;

// Blanks what identifies a visitor, leaving what the counts need: a visit keeps its times, host, company,
// status and party size; a rating keeps its score, category and staff member. Shared by retention and erasure.
internal static class VisitorScrub
{
    // What a delivered notice keeps once its visitor is forgotten: the row (for the outbox's figures), not the card.
    public const string BlankActivity = "{}";

    private static readonly NotificationStatus[] Finished = [NotificationStatus.Sent, NotificationStatus.DeadLetter, NotificationStatus.Unreachable];

    public static Task<int> VisitsAsync(FrontDeskDb db, IReadOnlyCollection<int> ids, DateTimeOffset now, CancellationToken ct) =>
        db.Visits.Where(v => ids.Contains(v.Id) && v.AnonymisedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(v => v.VisitorName, "")
            .SetProperty(v => v.VisitorCompany, (string?)null)
            .SetProperty(v => v.VisitorPhone, (string?)null)
            .SetProperty(v => v.VisitorEmail, (string?)null)
            .SetProperty(v => v.Purpose, "")
            .SetProperty(v => v.LobbyConversationId, (string?)null)
            // A watchlist entry names a person: the link would say who this visit was.
            .SetProperty(v => v.WatchlistEntryId, (int?)null)
            .SetProperty(v => v.SubmitToken, (string?)null)
            .SetProperty(v => v.AnonymisedAt, now), ct);

    // The text and contact details a visitor (or a customer the desk spoke to) left with a rating.
    public static Task<int> FeedbackAsync(FrontDeskDb db, IQueryable<FeedbackEntry> entries, CancellationToken ct) =>
        entries.Where(HasPersonalText).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Comment, (string?)null)
            .SetProperty(f => f.ContactAllowed, false)
            .SetProperty(f => f.ContactName, (string?)null)
            .SetProperty(f => f.ContactCompany, (string?)null)
            .SetProperty(f => f.ContactDetails, (string?)null)
            .SetProperty(f => f.FollowUpNote, (string?)null), ct);

    public static readonly System.Linq.Expressions.Expression<Func<FeedbackEntry, bool>> HasPersonalText = f =>
        f.Comment != null || f.ContactName != null || f.ContactCompany != null || f.ContactDetails != null || f.FollowUpNote != null;

    // The cards already delivered about these records carried the visitor's name; rows still to send are left alone.
    public static Task<int> NoticesAsync(FrontDeskDb db, IEnumerable<int> visitIds, IEnumerable<int> feedbackIds, CancellationToken ct)
    {
        var related = visitIds.Select(id => string.Create(CultureInfo.InvariantCulture, $"visit:{id}"))
            .Concat(feedbackIds.Select(id => string.Create(CultureInfo.InvariantCulture, $"feedback:{id}"))).ToList();
        if (related.Count == 0)
        {
            return Task.FromResult(0);
        }
        return db.Notifications
            .Where(n => n.RelatedTo != null && related.Contains(n.RelatedTo) && Finished.Contains(n.Status) && n.ActivityJson != BlankActivity)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ActivityJson, BlankActivity), ct);
    }
}
