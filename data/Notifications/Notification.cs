namespace FrontDesk.Data.Notifications;

public enum NotificationStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Retrying = 3,
    DeadLetter = 4,
    Unreachable = 5,
}

// One proactive message the desk owes someone: written with the change that causes it, delivered later
// by the sender. A row, not a message, so nothing is lost on a restart or a channel outage.
public class Notification
{
    public long Id { get; set; }

    // Enqueuing the same key again returns this row: a double tap or a retried turn notifies once.
    public required string IdempotencyKey { get; set; }

    // "msteams" or "directline".
    public required string ChannelId { get; set; }

    // The conversation to post in; null when the recipient is a Teams user whose personal chat is looked
    // up at send time (they may reinstall the bot between enqueue and delivery).
    public string? ConversationId { get; set; }

    public string? RecipientAadObjectId { get; set; }

    // The Bot Framework activity as JSON; data/ does not know its shape.
    public required string ActivityJson { get; set; }

    // Set to update an activity sent earlier (a host's card after they answered) instead of posting anew.
    public string? ReplacesActivityId { get; set; }

    // What the notification is for, e.g. "visit.arrival", "mail.urgent", "desk.alert".
    public required string Kind { get; set; }

    // The record it is about, e.g. "visit:42", so features and reports can find it.
    public string? RelatedTo { get; set; }

    public NotificationStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    // While Sending: when the claim expires and another pass may take the row (the sender crashed).
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    // The conversation the row was delivered to and the activity id the channel gave it (to update it later).
    public string? SentConversationId { get; set; }

    public string? SentActivityId { get; set; }
}
