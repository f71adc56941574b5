using System.Security.Claims;
using FrontDesk.Bot.Hosting;
using FrontDesk.Bot.Hosting.State;
using FrontDesk.Bot.Hosting.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Delivers lobby turns to the bot in-process: what the bot sends, updates or deletes goes straight into
// the Direct Line conversation's log and out on its stream. No HTTP hop, no connector endpoint.
public sealed class LobbyAdapter : BotAdapter
{
    public static readonly ChannelAccount BotAccount = new("frontdesk-bot", "Front desk", "bot");

    private readonly IConversationStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;

    public LobbyAdapter(IConversationStore store, IServiceScopeFactory scopes, TimeProvider clock, LobbyTurnErrorHandler errors, TurnTelemetry telemetry,
        StaleStateRetry staleState, TurnCulture culture)
    {
        Use(culture);
        Use(telemetry);
        // On PostgreSQL another instance may serve the same kiosk conversation: a turn that met its newer state runs again.
        Use(staleState);
        _store = store;
        _scopes = scopes;
        _clock = clock;
        OnTurnError = errors.HandleAsync;
    }

    // Runs one turn for an activity that arrived from the page (or the conversation's start).
    public async Task RunTurnAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        await conversation.TurnGate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var kiosk = scope.ServiceProvider.GetRequiredService<KioskRouter>();
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, kiosk.OnTurnAsync, cancellationToken);
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }

    // A line from the bot outside any turn, e.g. for an upload refused before it could become one.
    public async Task SayAsync(DirectLineConversation conversation, string text, string language)
    {
        var message = (Activity)MessageFactory.Text(text);
        message.Locale = language;
        message.Id = await conversation.NextActivityIdAsync();
        await StampAsync(message, conversation);
        await conversation.AppendAsync(message.Id, ActivityJson.Write(message));
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypesEx.Delay)
            {
                var delay = Convert.ToInt32(activity.Value ?? 1000, System.Globalization.CultureInfo.InvariantCulture);
                await Task.Delay(TimeSpan.FromMilliseconds(delay), _clock, cancellationToken);
                responses.Add(new ResourceResponse());
                continue;
            }
            if (activity.Type == ActivityTypesEx.InvokeResponse)
            {
                turnContext.TurnState.Add(InvokeResponseKey, activity);
                responses.Add(new ResourceResponse());
                continue;
            }
            var conversation = await ConversationAsync(activity.Conversation?.Id);
            activity.Id = await conversation.NextActivityIdAsync();
            await StampAsync(activity, conversation);
            await conversation.AppendAsync(activity.Id, ActivityJson.Write(activity));
            responses.Add(new ResourceResponse(activity.Id));
        }
        return [.. responses];
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = await ConversationAsync(activity.Conversation?.Id);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("An update needs the id of the activity it replaces.", nameof(activity));
        }
        await StampAsync(activity, conversation);
        await conversation.AppendAsync(activity.Id, ActivityJson.Write(activity));
        return new ResourceResponse(activity.Id);
    }

    // Removed from the log, so a reconnecting or polling client no longer gets it.
    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        await (await ConversationAsync(reference.Conversation?.Id)).RemoveAsync(reference.ActivityId);

    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference.GetContinuationActivity(), callback, cancellationToken);

    public override Task ContinueConversationAsync(string botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(continuationActivity, callback, cancellationToken);

    private async Task ContinueAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        await ConversationAsync(activity.Conversation?.Id);
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    private async Task<DirectLineConversation> ConversationAsync(string? conversationId) =>
        (conversationId is null ? null : await _store.FindAsync(conversationId))
        ?? throw new LobbyConversationGoneException(conversationId);

    private async Task StampAsync(Activity activity, DirectLineConversation conversation)
    {
        activity.ChannelId = Microsoft.Bot.Connector.Channels.Directline;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = BotAccount;
        activity.Recipient = new ChannelAccount(conversation.UserId, role: "user");
        activity.Timestamp = _clock.GetUtcNow();
        // Web Chat holds an activity replying to one it has not seen for up to 5 s (a proactive send replies
        // to its continuation's id): only a reply to an activity of this conversation keeps the link.
        if (activity.ReplyToId is { } replyTo && !await conversation.HasAsync(replyTo))
        {
            activity.ReplyToId = null;
        }
    }
}

// The visitor's conversation has ended or expired (proactive senders treat it as unreachable).
public sealed class LobbyConversationGoneException(string? conversationId)
    : InvalidOperationException($"The lobby conversation '{conversationId}' no longer exists.");
