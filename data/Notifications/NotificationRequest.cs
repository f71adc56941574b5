namespace FrontDesk.Data.Notifications;

// Where a notification goes: a known conversation, or a Teams user's newest personal chat with the bot.
public sealed record NotificationTarget(string ChannelId, string? ConversationId, string? AadObjectId)
{
    public const string Teams = "msteams";
    public const string Lobby = "directline";

    public static NotificationTarget TeamsUser(string aadObjectId) => new(Teams, null, aadObjectId);

    public static NotificationTarget TeamsConversation(string conversationId) => new(Teams, conversationId, null);

    public static NotificationTarget LobbyConversation(string conversationId) => new(Lobby, conversationId, null);
}

// What a feature asks the outbox to deliver. ActivityJson is a Bot Framework activity serialised by the bot.
public sealed record NotificationRequest(
    string IdempotencyKey,
    NotificationTarget Target,
    string ActivityJson,
    string Kind,
    string? RelatedTo = null,
    string? ReplacesActivityId = null)
{
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(Target.ChannelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ActivityJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(Kind);
        if (Target.ConversationId is null && Target.AadObjectId is null)
        {
            throw new ArgumentException("A notification needs a conversation or a Teams user to go to.", nameof(Target));
        }
        if (IdempotencyKey.Length > MaxKeyLength)
        {
            throw new ArgumentException($"An idempotency key has at most {MaxKeyLength} characters.", nameof(IdempotencyKey));
        }
    }

    public const int MaxKeyLength = 200;
}
