using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Teams;

// The SDK builds a connector client (Newtonsoft serializer settings with an empty contract cache, so every reply's
// contracts are rebuilt by reflection) and a user-token client for every turn and every proactive send: most of a
// turn's CPU. This keeps connector clients (ConnectorClients) and builds the user-token client only when a turn
// uses one. Incoming requests are authenticated by the SDK exactly as before; only the outgoing clients are reused.
public sealed class ConnectorReuse(BotFrameworkAuthentication sdk) : BotFrameworkAuthentication
{
    private readonly ConnectorClients _clients = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await sdk.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = _clients.Factory(result.ClaimsIdentity, result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await sdk.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = _clients.Factory(result.ClaimsIdentity, result.ConnectorFactory);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        _clients.Factory(claimsIdentity, sdk.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => sdk.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        sdk.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => sdk.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => sdk.GetOriginatingAudience();
}
