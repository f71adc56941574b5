namespace FrontDesk.Bot.Channels.Teams;

// The HttpClients the SDK asks for (by the default name) for its calls to the Bot Connector: one named client
// without the factory's per-request Information lines (four a reply, each a console write in production).
// Failures are still logged by the SDK's callers and the outbox.
public sealed class ConnectorHttpClients(IHttpClientFactory factory) : IHttpClientFactory
{
    public const string Name = "BotConnector";

    public HttpClient CreateClient(string name) => factory.CreateClient(Name);
}
