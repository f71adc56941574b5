using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Channels.Teams;

// A kept connector client as one turn sees it: the SDK disposes its turn's client at the end of the turn, which
// must not dispose the shared one under the other turns using it.
public sealed class SharedConnectorClient(IConnectorClient shared) : IConnectorClient
{
    public Uri BaseUri
    {
        get => shared.BaseUri;
        set => throw new InvalidOperationException("A shared connector client's address cannot be changed by one turn.");
    }

    public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

    public ServiceClientCredentials Credentials => shared.Credentials;

    public IAttachments Attachments => shared.Attachments;

    public IConversations Conversations => shared.Conversations;

    public void Dispose()
    {
        // The shared client outlives the turn.
    }
}
