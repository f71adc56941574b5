using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// What the page posts, made trustworthy: the server sets id, sender, conversation and time; the sender is
// the user the token names, whatever the client wrote.
public static class IncomingActivity
{
    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message,
        ActivityTypes.Event,
        ActivityTypes.Typing,
    };

    public static bool IsAccepted(Activity activity) => activity.Type is { } type && AcceptedTypes.Contains(type);

    public static async Task<Activity> PrepareAsync(Activity activity, DirectLineConversation conversation, string serviceUrl, DateTimeOffset now)
    {
        var name = activity.From?.Name is { Length: > 0 } n ? n[..Math.Min(n.Length, 100)] : null;
        activity.Id = await conversation.NextActivityIdAsync();
        activity.ChannelId = Microsoft.Bot.Connector.Channels.Directline;
        activity.ServiceUrl = serviceUrl;
        activity.From = new ChannelAccount(conversation.UserId, name, "user");
        activity.Recipient = LobbyAdapter.BotAccount;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Timestamp = now;
        activity.Locale ??= conversation.Locale;
        return activity;
    }
}
