using FrontDesk.Bot.Channels.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

// Checks the listen addresses twice: the configured ones before the server binds (so a refused address is
// never opened), and the ones the server really bound (whatever set them), which it logs.
public sealed class ListenGuard(
    IConfiguration configuration,
    IOptions<BotCredentialsOptions> credentials,
    IServer server,
    ILogger<ListenGuard> logger) : IHostedLifecycleService
{
    // Read when the host builds its hosted services, this one first: bad credentials stop the start with the
    // validation message before another service builds the Bot Framework's authentication, which would throw a vaguer error.
    private readonly bool _unauthenticated = !credentials.Value.IsAuthenticated;

    private bool Unauthenticated => _unauthenticated;

    private bool Allowed => configuration.GetValue<bool>(ListenAddress.AllowSetting);

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (Unauthenticated)
        {
            RefuseUnlessAllowed([.. ListenAddress.Requested(configuration).Where(r => !ListenAddress.IsLoopback(r.Url)).Select(r => $"{r.Url} ({r.Source})")]);
        }
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        // The test server binds nothing and has no addresses.
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (bound.Count == 0)
        {
            return Task.CompletedTask;
        }
        var addresses = string.Join(", ", bound);
        var remote = bound.Where(a => !ListenAddress.IsLoopback(a)).ToList();
        if (!Unauthenticated)
        {
            logger.LogInformation("Listening on {Addresses}; callers of /api/messages are authenticated", addresses);
            return Task.CompletedTask;
        }
        RefuseUnlessAllowed(remote);
        if (remote.Count == 0)
        {
            logger.LogWarning("MicrosoftAppId is not set: callers of /api/messages are not authenticated, so the bot listens on loopback only: {Addresses}. Set MicrosoftAppId/MicrosoftAppPassword to serve Teams.", addresses);
            return Task.CompletedTask;
        }
        logger.LogCritical("UNAUTHENTICATED AND REACHABLE FROM THE NETWORK: listening on {Addresses} without MicrosoftAppId because {Setting} is true; anyone who reaches {Remote} can post to /api/messages as any Teams user. Use it only on a closed network.",
            addresses, ListenAddress.AllowSetting, string.Join(", ", remote));
        return Task.CompletedTask;
    }

    private void RefuseUnlessAllowed(IReadOnlyList<string> remote)
    {
        if (remote.Count == 0 || Allowed)
        {
            return;
        }
        var message = ListenAddress.RefusalMessage(remote);
        logger.LogCritical("Refusing to start: {Reason}", message);
        throw new InvalidOperationException(message);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
