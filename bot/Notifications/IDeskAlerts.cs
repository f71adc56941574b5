using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Notifications;

public enum DeskAlertReason
{
    DeadLetter,
    Unreachable,

    // A member Teams will not open a chat with: the desk hears of it once, not with every notice.
    NoChat,

    // Still being retried, but later than the desk was promised (Notifications:LateAlertMinutes).
    Late,
}

// Tells the front desk that a notification did not reach its recipient, so someone follows up by hand.
public interface IDeskAlerts
{
    Task RaiseAsync(Notification failed, DeskAlertReason reason, string error, CancellationToken ct);
}
