using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Teams;

// The SDK's user-token client (OAuth sign-in) for one turn, built by the SDK only if the turn calls it: FrontDesk
// has no sign-in, yet the SDK built one, with its own HTTP client and serializer settings, for every turn.
public sealed class DeferredUserTokenClient(Func<Task<UserTokenClient>> build) : UserTokenClient
{
    private Task<UserTokenClient>? _client;

    private Task<UserTokenClient> Client => _client ??= build();

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await Client).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await Client).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await Client).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await Client).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await Client).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await Client).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _client is { IsCompletedSuccessfully: true })
        {
            _client.Result.Dispose();
        }
        base.Dispose(disposing);
    }
}
