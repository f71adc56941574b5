using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Channels.Teams;

// Keeps where each Teams user and chat can be reached, so notifications can be sent later (and survive
// restarts). Updated on every message and install; an uninstall marks the conversation unreachable.
public sealed class ConversationReferenceCapture(ConversationReferences references, Catalog catalog, TimeProvider clock)
{
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
            await references.MarkUninstalledAsync(activity.ChannelId, activity.Conversation.Id, ct);
            return;
        }
        var reference = activity.GetConversationReference();
        await references.UpsertAsync(new ConversationReferenceRecord
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
        }, ct);
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
