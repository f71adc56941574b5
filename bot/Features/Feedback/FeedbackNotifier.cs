using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Feedback;
using FrontDesk.Data;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Features.Feedback;

// A rating of 1 or 2 reaches the managers at once, each in their language, with a Follow up button; queued
// in the outbox in the same unit of work as the rating.
public sealed class FeedbackNotifier(StaffBroadcast desk, Outbox outbox, FeedbackText text) : IFeedbackNoticeSink
{
    public const string Kind = "feedback.low";

    public async Task LowRatingAsync(FrontDeskDb db, FeedbackEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entry);
        // The id exists only once saved: the key and the card's button need it.
        await db.SaveChangesAsync(ct);
        var view = text.View(entry);
        await desk.AddToManagersAsync(db, $"feedback.low:{entry.Id}", Kind, Related(entry.Id), t => Notice.Of(FeedbackCards.Alert(t, view)), ct);
    }

    // The outbox wakes its sender when rows are saved, which here is before the transaction commits.
    public void Committed() => outbox.Wake();

    public static string Related(int id) => "feedback:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
