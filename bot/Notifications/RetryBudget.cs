using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Notifications;

// How long a notice is worth trying, by its kind, counted from when it was queued: a host's arrival card
// survives a connector outage of minutes or hours; the attempt ceiling only stops a runaway.
public sealed class RetryBudget(NotificationsOptions options)
{
    public DateTimeOffset Deadline(Notification row) => row.CreatedAt + options.RetryBudget(row.Kind);

    public bool Spent(Notification row, int attemptsSoFar, DateTimeOffset now) =>
        now >= Deadline(row) || attemptsSoFar >= options.MaxAttempts;
}
