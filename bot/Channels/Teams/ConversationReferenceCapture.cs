using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Channels.Teams;

// Keeps where each Teams user and chat can be reached, so notifications can be sent later (and survive
// restarts). Updated on every install and on a message that says something new about the chat (RecentReferences);
// an uninstall marks the conversation unreachable.
public sealed class ConversationReferenceCapture(ConversationReferences references, Catalog catalog, TimeProvider clock)
{
    private readonly RecentReferences _recent = new();

    public async Task CaptureAsync(ITurnContext turnContext, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate) ||
            activity.Conversation?.Id is null || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return;
        }
        if (activity.Type == ActivityTypes.InstallationUpdate &&
            activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true)
        {
            _recent.Forget(activity.ChannelId, activity.Conversation.Id);
            await references.MarkUninstalledAsync(activity.ChannelId, activity.Conversation.Id, ct);
            return;
        }
        var reference = activity.GetConversationReference();
        var record = new ConversationReferenceRecord
        {
            ChannelId = activity.ChannelId,
            ConversationId = activity.Conversation.Id,
            ConversationType = activity.Conversation.ConversationType,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            TenantId = activity.Conversation.TenantId ?? TenantOf(activity),
            ServiceUrl = activity.ServiceUrl,
            ReferenceJson = JsonConvert.SerializeObject(reference),
            // No locale (some install events): the language already known is kept.
            Language = string.IsNullOrWhiteSpace(activity.Locale) ? null : catalog.For(activity.Locale).Language,
            UpdatedAt = clock.GetUtcNow(),
        };
        // The incoming message's id is in the reference but says nothing about where to reach the chat.
        reference.ActivityId = null;
        var said = string.Join('\n', JsonConvert.SerializeObject(reference), record.TenantId, record.Language, record.UserAadObjectId);
        if (activity.Type == ActivityTypes.Message && _recent.IsCurrent(record.ChannelId, record.ConversationId, said, record.UpdatedAt))
        {
            return;
        }
        await references.UpsertAsync(record, ct);
        _recent.Written(record.ChannelId, record.ConversationId, said, record.UpdatedAt);
    }

    private static string? TenantOf(Activity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
