using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Notifications;

// A feature's own follow-up when one of its notices did not arrive, in words a person understands (who,
// what was not said); notices of other kinds get the desk's generic alert.
public interface IUndeliveredFollowUp
{
    IReadOnlyCollection<string> Kinds { get; }

    Task FollowUpAsync(Notification failed, DeskAlertReason reason, CancellationToken ct);
}
