namespace FrontDesk.Bot.Notifications;

// What one proactive send came to; the sender turns it into the row's next state.
public abstract record DeliveryResult
{
    private DeliveryResult()
    {
    }

    public sealed record Sent(string ConversationId, string? ActivityId) : DeliveryResult;

    // 429: the channel said when to come back.
    public sealed record Throttled(TimeSpan RetryAfter, string Error) : DeliveryResult;

    // The recipient cannot be reached (blocked or removed the bot, no personal chat, lobby conversation gone).
    // Blocked is set when the channel refused (403), so the conversation is marked uninstalled; NoChat when
    // Teams would not open a first chat with a member (the app is not installed for them).
    public sealed record Unreachable(string Error, string? BlockedConversationId = null, bool Attempted = true, bool NoChat = false) : DeliveryResult;

    // Worth trying again later: network errors, 412, 5xx.
    public sealed record Failed(string Error) : DeliveryResult;

    // Trying again will not help: 400, 404, an activity the channel does not accept.
    public sealed record Rejected(string Error) : DeliveryResult;

    // The conversation's pace is used up; not a try.
    public sealed record Paced(DateTimeOffset NotBefore) : DeliveryResult;
}
