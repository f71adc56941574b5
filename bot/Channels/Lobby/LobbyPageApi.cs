using System.Net;
using FrontDesk.Bot.Features;
using FrontDesk.Cards.Localization;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

// What the kiosk page asks the server: its settings and texts, and a conversation token per visitor.
public static class LobbyPageApi
{
    private const string PagePrefix = "lobby.page.";

    public static WebApplication MapLobbyPage(this WebApplication app)
    {
        app.MapGet("/lobby", PageAsync);
        app.MapGet("/api/lobby/config", Config);
        app.MapPost("/api/lobby/token", TokenAsync);
        return app;
    }

    // The page names the building and its language from the first byte, before its script has loaded.
    private static async Task<IResult> PageAsync(HttpContext http, IWebHostEnvironment env, IOptions<LobbyOptions> options, Building building, CancellationToken ct)
    {
        LobbyPagePolicy.Apply(http, options.Value);
        var html = await File.ReadAllTextAsync(Path.Combine(env.WebRootPath, "lobby", "index.html"), ct);
        html = html.Replace("<html lang=\"en\">", $"<html lang=\"{WebUtility.HtmlEncode(options.Value.Language)}\">", StringComparison.Ordinal)
            .Replace("<title>FrontDesk</title>", $"<title>{WebUtility.HtmlEncode(building.Name)}</title>", StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult Config(IOptions<LobbyOptions> options, Building building)
    {
        var lobby = options.Value;
        var azure = lobby.DirectLine.Mode == DirectLineMode.Azure;
        return Results.Json(new
        {
            buildingName = building.Name,
            logoUrl = lobby.LogoUrl,
            idleResetMinutes = lobby.IdleResetMinutes,
            language = lobby.Language,
            directLineDomain = azure ? lobby.DirectLine.AzureEndpoint.TrimEnd('/') : null,
            texts = Catalog.Languages.ToDictionary(l => l, PageTexts),
        });
    }

    private static async Task<IResult> TokenAsync(HttpContext http, KioskTokenLimits limits, ILobbyTokenSource tokens, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (limits.Refuse(http) is { } refused)
        {
            return refused;
        }
        try
        {
            var token = await tokens.CreateAsync(cancellationToken);
            return Results.Json(new { token = token.Token, conversationId = token.ConversationId, expiresIn = token.ExpiresIn });
        }
        catch (Exception e) when (e is LobbyTokenUnavailableException or HttpRequestException or TaskCanceledException)
        {
            loggers.CreateLogger(typeof(LobbyPageApi)).LogError(e, "No Direct Line token for the lobby page");
            return Results.StatusCode((int)HttpStatusCode.BadGateway);
        }
    }

    private static Dictionary<string, string> PageTexts(string language) =>
        Catalog.Default.Entries(language)
            .Where(e => e.Key.StartsWith(PagePrefix, StringComparison.Ordinal))
            .ToDictionary(e => e.Key[PagePrefix.Length..], e => e.Value);
}
