using FrontDesk.Bot.Channels.Teams;

namespace FrontDesk.Bot.Hosting;

// Without a Microsoft App Id the bot does not authenticate callers, so it must not be reachable from other
// machines: it refuses to start on any address beyond loopback, however the address was given (--urls,
// ASPNETCORE_URLS, HTTP_PORTS, Kestrel:Endpoints), unless Hosting:AllowUnauthenticatedRemoteAccess says so.
public static class ListenAddress
{
    public const string DefaultUrl = "http://127.0.0.1:3978";
    public const string AllowSetting = "Hosting:AllowUnauthenticatedRemoteAccess";

    public static void ApplyTo(WebApplicationBuilder builder)
    {
        var authenticated = BotCredentialsOptions.From(builder.Configuration).IsAuthenticated;
        if (Requested(builder.Configuration).Count == 0)
        {
            builder.WebHost.UseUrls(authenticated ? "http://0.0.0.0:3978" : DefaultUrl);
        }
        builder.Services.AddHostedService<ListenGuard>();
    }

    // Every address the configuration asks for, with the setting that asks for it.
    public static IReadOnlyList<(string Url, string Source)> Requested(IConfiguration configuration)
    {
        var found = new List<(string, string)>();
        foreach (var url in Split(configuration["urls"]))
        {
            found.Add((url, "urls (--urls, ASPNETCORE_URLS)"));
        }
        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            // Kestrel binds these ports on every interface.
            foreach (var port in Split(configuration[key]))
            {
                found.Add(($"{scheme}://*:{port}", $"{key} (ASPNETCORE_{key.ToUpperInvariant()})"));
            }
        }
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                found.Add((url, $"Kestrel:Endpoints:{endpoint.Key}:Url"));
            }
        }
        return found;
    }

    // Loopback: 127.x, ::1 and "localhost" (which Kestrel binds to the loopback addresses only).
    public static bool IsLoopback(string url)
    {
        var normalized = url.Replace("://*", "://any.invalid", StringComparison.Ordinal)
                            .Replace("://+", "://any.invalid", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) &&
               (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));
    }

    public static string RefusalMessage(IEnumerable<string> addresses) =>
        $"MicrosoftAppId is not set, so callers of /api/messages are not authenticated, yet the bot was asked to listen on " +
        $"{string.Join(", ", addresses)}. It listens on loopback only (127.0.0.1, [::1], localhost) without an app id. " +
        $"Set MicrosoftAppId/MicrosoftAppPassword, listen on loopback, or set {AllowSetting}=true to accept unauthenticated callers from the network.";

    private static string[] Split(string? list) =>
        list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
