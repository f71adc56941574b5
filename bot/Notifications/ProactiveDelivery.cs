using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Bot.Channels.Lobby.DirectLine;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Notifications;

// Sends one notification row: finds where it goes, keeps the conversation's and tenant's pace, and posts (or updates)
// the activity through the adapter of its channel. Never throws for what a channel answers; that is a result.
public sealed class ProactiveDelivery(
    FrontDeskAdapter teams,
    LobbyAdapter lobby,
    KioskReach kiosks,
    ConversationReferences references,
    SendPacing pacing,
    PersonalChatOpener opener,
    IOptions<BotCredentialsOptions> credentials,
    TimeProvider clock,
    ILogger<ProactiveDelivery> logger)
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public async Task<DeliveryResult> DeliverAsync(Notification row, CancellationToken ct)
    {
        var (reference, missing, noChat) = await ResolveAsync(row, ct);
        if (reference is null)
        {
            return new DeliveryResult.Unreachable(missing!, Attempted: noChat, NoChat: noChat);
        }
        var conversationId = reference.Conversation.Id;
        if (ReadActivity(row) is not { } activity)
        {
            return new DeliveryResult.Rejected($"Notification {row.Id} holds no readable activity.");
        }
        Stamp(activity, row.IdempotencyKey);
        // The slot is taken last, just before the request, so what Teams counts arrives when the pace said.
        var paceKey = $"{row.ChannelId}|{conversationId}";
        var decision = await pacing.TakeAsync(paceKey, Tenant(row.ChannelId, reference), clock.GetUtcNow(), ct);
        if (decision is PaceDecision.Later later)
        {
            return new DeliveryResult.Paced(later.NotBefore);
        }
        var slot = ((PaceDecision.Go)decision).At;
        if (slot - clock.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, clock, ct);
        }
        DeliveryResult? result = null;
        var cancelled = false;
        BotCallbackHandler send = async (turn, token) =>
        {
            // Caught inside the turn, a cancelled send too: otherwise the adapter's turn-error handler would
            // answer the host with an apology for a notice they never saw.
            try
            {
                result = await SendAsync(turn, activity, row.ReplacesActivityId, conversationId, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                cancelled = true;
            }
            catch (Exception e)
            {
                result = ChannelErrors.Classify(e, conversationId, clock, DefaultRetryAfter);
            }
        };
        try
        {
            await Adapter(row.ChannelId).ContinueConversationAsync(BotAppId(row.ChannelId), reference, send, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            result = ChannelErrors.Classify(e, conversationId, clock, DefaultRetryAfter);
        }
        // Teams counted the request when it arrived, which is before its answer came: a conversation's later slots are
        // counted from then, so a request that left late (a busy host) cannot crowd the next window.
        await pacing.SettleAsync(paceKey, slot, clock.GetUtcNow());
        if (cancelled)
        {
            // The caller gave up on this send: it may or may not have arrived, which the caller decides about.
            throw new OperationCanceledException(ct);
        }
        if (result is not (DeliveryResult.Sent or null))
        {
            logger.LogWarning("Notification {Id} ({Kind}) to {Channel} {Conversation}: {Result}",
                row.Id, row.Kind, row.ChannelId, conversationId, result);
        }
        return result ?? new DeliveryResult.Failed("The adapter did not run the send.");
    }

    private static async Task<DeliveryResult> SendAsync(ITurnContext turn, Activity activity, string? replaces, string conversationId, CancellationToken ct)
    {
        if (replaces is not null)
        {
            activity.Id = replaces;
            await turn.UpdateActivityAsync(activity, ct);
            return new DeliveryResult.Sent(conversationId, replaces);
        }
        var response = await turn.SendActivityAsync(activity, ct);
        return new DeliveryResult.Sent(conversationId, response?.Id);
    }

    // The connector drops an activity id we choose (the channel assigns one), so the notification's key travels
    // in channelData: whoever reads the conversation can tell a notice from a second copy of it.
    private static void Stamp(Activity activity, string key)
    {
        var data = activity.ChannelData switch
        {
            null => new JObject(),
            JObject existing => existing,
            var other => JObject.FromObject(other),
        };
        data[NotificationKeyProperty] = key;
        activity.ChannelData = data;
    }

    public const string NotificationKeyProperty = "frontDeskNotificationKey";

    // Teams' app-wide limit is per tenant; the lobby has none.
    private static string? Tenant(string channelId, ConversationReference reference) =>
        channelId == NotificationTarget.Lobby ? null : reference.Conversation?.TenantId ?? "";

    private async Task<(ConversationReference? Reference, string? Missing, bool NoChat)> ResolveAsync(Notification row, CancellationToken ct)
    {
        if (row.ChannelId == NotificationTarget.Lobby)
        {
            // A conversation whose page has gone would take the message into a log nobody reads.
            if (kiosks.Of(row.ConversationId!) == KioskPresence.Gone)
            {
                return (null, $"The visitor's kiosk session {row.ConversationId} has ended.", false);
            }
            // Lobby conversations live in memory only; the LobbyAdapter fills in the rest of the reference.
            return (new ConversationReference
            {
                ChannelId = NotificationTarget.Lobby,
                Conversation = new ConversationAccount(id: row.ConversationId),
                Bot = LobbyAdapter.BotAccount,
            }, null, false);
        }
        var record = row.ConversationId is { } conversationId
            ? await references.FindAsync(row.ChannelId, conversationId, ct)
            : await references.FindPersonalAsync(row.RecipientAadObjectId!, ct);
        if (record is null && row.ConversationId is null && !await references.EverHadPersonalAsync(row.RecipientAadObjectId!, ct))
        {
            return await opener.OpenAsync(row.RecipientAadObjectId!, ct) is { } opened
                ? (opened, null, false)
                : (null, $"Teams would not open a chat with {row.RecipientAadObjectId}: the app is not installed for them.", true);
        }
        if (record is null || !record.Installed)
        {
            return (null, row.ConversationId is null
                ? $"No personal chat with the bot for Teams user {row.RecipientAadObjectId}."
                : $"The bot is not installed in conversation {row.ConversationId}.", false);
        }
        var reference = JsonConvert.DeserializeObject<ConversationReference>(record.ReferenceJson)
                        ?? throw new InvalidOperationException($"Conversation reference {record.Id} is empty.");
        return (reference, null, false);
    }

    private Activity? ReadActivity(Notification row)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(row.ActivityJson);
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Notification {Id} ({Kind}) holds an activity that is not valid JSON", row.Id, row.Kind);
            return null;
        }
    }

    private BotAdapter Adapter(string channelId) => channelId == NotificationTarget.Lobby ? lobby : teams;

    private string BotAppId(string channelId) =>
        channelId == NotificationTarget.Lobby ? LobbyAdapter.BotAccount.Id : credentials.Value.MicrosoftAppId;
}
