using System.Net;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Notifications;

// A member who never opened a chat with the bot: when the Teams app is installed for them (admins can
// pre-install it for everyone), Teams lets the bot open the personal chat itself, with the tenant and the
// member's directory object id. Teams refuses when the app is not installed for them: then null.
public sealed class PersonalChatOpener(
    FrontDeskAdapter teams,
    ConversationReferences references,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<PersonalChatOpener> logger)
{
    public async Task<ConversationReference?> OpenAsync(string aadObjectId, CancellationToken ct)
    {
        if (await references.NewestTeamsAsync(ct) is not { TenantId: { } tenantId } known)
        {
            return null;
        }
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount(aadObjectId)],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        };
        ConversationReference? opened = null;
        try
        {
            await teams.CreateConversationAsync(credentials.Value.MicrosoftAppId, ConversationReferences.TeamsChannel, known.ServiceUrl, null, parameters,
                (turn, _) =>
                {
                    opened = turn.Activity.GetConversationReference();
                    return Task.CompletedTask;
                }, ct);
        }
        catch (ErrorResponseException e) when (e.Response?.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            logger.LogInformation("Teams would not open a chat with {AadObjectId}: {Status}", aadObjectId, e.Response.StatusCode);
            return null;
        }
        if (opened?.Conversation?.Id is not { } conversationId)
        {
            return null;
        }
        opened.User ??= new ChannelAccount(aadObjectId) { AadObjectId = aadObjectId };
        await references.UpsertAsync(new ConversationReferenceRecord
        {
            ChannelId = ConversationReferences.TeamsChannel,
            ConversationId = conversationId,
            ConversationType = ConversationReferences.PersonalConversation,
            UserAadObjectId = aadObjectId,
            TenantId = tenantId,
            ServiceUrl = known.ServiceUrl,
            ReferenceJson = JsonConvert.SerializeObject(opened),
        }, ct);
        return opened;
    }
}
