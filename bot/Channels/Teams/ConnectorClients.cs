using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace FrontDesk.Bot.Channels.Teams;

// Connector clients kept per bot app id, service URL and audience: everything the SDK's factory builds one from
// (the credentials follow from the app id and audience). Each is built by the SDK's own factory on first use and
// rebuilt after a few minutes, so the HttpClient factory still rotates connections (DNS changes). Past a bound
// (an unauthenticated local bot can be sent any service URL) clients are built per turn as the SDK does.
public sealed class ConnectorClients
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public const int MaxKept = 64;

    private readonly ConcurrentDictionary<(string App, string ServiceUrl, string Audience), Kept> _kept = new();

    private sealed record Kept(Lazy<Task<IConnectorClient>> Client, DateTime BuiltAt);

    public ConnectorFactory Factory(ClaimsIdentity? identity, ConnectorFactory sdkFactory) => new Reusing(this, AppOf(identity), sdkFactory);

    // The claims the SDK reads the bot's app id from (channel tokens: aud; emulator and skills: appid/azp).
    private static string AppOf(ClaimsIdentity? identity) => identity is null ? "" : string.Join("|",
        identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value,
        identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value,
        identity.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value);

    private async Task<IConnectorClient> GetAsync(string app, string serviceUrl, string? audience, ConnectorFactory sdkFactory, CancellationToken ct)
    {
        var key = (app, serviceUrl, audience ?? "");
        var now = DateTime.UtcNow;
        if (!_kept.TryGetValue(key, out var kept) || now - kept.BuiltAt > Lifetime)
        {
            if (kept is null && _kept.Count >= MaxKept)
            {
                return await sdkFactory.CreateAsync(serviceUrl, audience, ct);
            }
            var fresh = new Kept(new Lazy<Task<IConnectorClient>>(() => sdkFactory.CreateAsync(serviceUrl, audience, CancellationToken.None)), now);
            kept = kept is null ? _kept.GetOrAdd(key, fresh) : _kept.AddOrUpdate(key, fresh, (_, old) => old == kept ? fresh : old);
        }
        try
        {
            return new SharedConnectorClient(await kept.Client.Value.WaitAsync(ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A client that could not be built (credentials unavailable) is not kept: the next turn tries again.
            _kept.TryRemove(new KeyValuePair<(string, string, string), Kept>(key, kept));
            throw;
        }
    }

    private sealed class Reusing(ConnectorClients clients, string app, ConnectorFactory sdkFactory) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default) =>
            clients.GetAsync(app, serviceUrl, audience, sdkFactory, cancellationToken);
    }
}
