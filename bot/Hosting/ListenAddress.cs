using FrontDesk.Bot.Channels.Teams;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

// Without a Microsoft App Id the bot does not authenticate callers, so it must not be reachable from
// other machines: then every address it listens on is forced to loopback.
public static class ListenAddress
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static void ApplyTo(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["urls"];
        if (BotCredentialsOptions.From(builder.Configuration).IsAuthenticated)
        {
            builder.WebHost.UseUrls(configured ?? "http://0.0.0.0:3978");
            return;
        }
        var urls = (configured ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.WebHost.UseUrls([.. urls.Select(ToLoopback)]);
    }

    public static void Announce(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value.IsAuthenticated)
        {
            app.Logger.LogWarning("MicrosoftAppId is not set: callers of /api/messages are not authenticated, so the bot listens on loopback only. Set MicrosoftAppId/MicrosoftAppPassword to serve Teams.");
        }
    }

    public static string ToLoopback(string url)
    {
        var normalized = url.Replace("://*", "://placeholder", StringComparison.Ordinal)
                            .Replace("://+", "://placeholder", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri))
        {
            return DefaultUrl;
        }
        if (uri.IsLoopback)
        {
            return url;
        }
        return $"{uri.Scheme}://127.0.0.1:{uri.Port}";
    }
}
