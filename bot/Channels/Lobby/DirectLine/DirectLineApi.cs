using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Tokens and conversations of the local Direct Line 3.0 (the part DirectLineJS calls before it streams).
public static partial class DirectLineApi
{
    private const int MaxStartBodyBytes = 16 * 1024;

    public const string RefreshPolicy = "directline-refresh";

    public static RouteGroupBuilder MapDirectLineConversations(this RouteGroupBuilder api)
    {
        api.MapPost("/tokens/generate", GenerateAsync);
        api.MapPost("/tokens/refresh", RefreshAsync).RequireRateLimiting(RefreshPolicy);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        return api;
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens)
    {
        if (!access.IsSecret(request))
        {
            return Results.StatusCode(DirectLineAccess.Bearer(request) is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
        }
        var body = await ReadStartBodyAsync(request);
        var userId = body?.SelectToken("user.id")?.ToString() is { } id && UserIdPattern().IsMatch(id) ? id : DirectLineTokens.NewUserId();
        return Json(tokens.Issue(DirectLineTokens.NewConversationId(), userId), streamUrl: null);
    }

    // The new token retires the one it replaces; refreshes are limited per conversation (RefreshPolicy).
    private static async Task<IResult> RefreshAsync(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, IConversationStore store)
    {
        if (await access.ConversationClaimsAsync(request) is not { } claims)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var generation = await store.PeekAsync(claims.ConversationId) is { } conversation ? await conversation.NextTokenGenerationAsync() : claims.Generation;
        return Json(tokens.Issue(claims.ConversationId, claims.UserId, generation), streamUrl: null);
    }

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, IConversationStore store, LobbyAdapter adapter, TimeProvider clock)
    {
        IssuedToken issued;
        if (access.IsSecret(request))
        {
            issued = tokens.Issue(DirectLineTokens.NewConversationId(), DirectLineTokens.NewUserId());
        }
        else if (await access.ConversationClaimsAsync(request) is { } claims)
        {
            issued = tokens.Issue(claims.ConversationId, claims.UserId, claims.Generation);
        }
        else
        {
            return Results.StatusCode(DirectLineAccess.Bearer(request) is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
        }
        var body = await ReadStartBodyAsync(request);
        var locale = body?["locale"]?.ToString() is { } l && LocalePattern().IsMatch(l) ? l : null;
        var (conversation, created) = await store.GetOrCreateAsync(issued.ConversationId, issued.UserId, locale);
        if (created)
        {
            await adapter.RunTurnAsync(conversation, await ConversationStartAsync(conversation, request, clock), CancellationToken.None);
        }
        var streamUrl = StreamUrl(request, tokens, conversation, watermark: null);
        return Json(issued, streamUrl, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(HttpRequest request, string conversationId, string? watermark, DirectLineAccess access, DirectLineTokens tokens)
    {
        var (conversation, error) = await access.ConversationAsync(request, conversationId);
        if (conversation is null)
        {
            return error!;
        }
        if (!Watermark.TryParse(watermark, out var from))
        {
            return Results.BadRequest();
        }
        return Json(tokens.Issue(conversation.Id, conversation.UserId, conversation.TokenGeneration), StreamUrl(request, tokens, conversation, from));
    }

    private static async Task<Activity> ConversationStartAsync(DirectLineConversation conversation, HttpRequest request, TimeProvider clock)
    {
        var user = new ChannelAccount(conversation.UserId, role: "user");
        return new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = await conversation.NextActivityIdAsync(),
            ChannelId = Microsoft.Bot.Connector.Channels.Directline,
            ServiceUrl = ServiceUrl(request),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = LobbyAdapter.BotAccount,
            MembersAdded = [LobbyAdapter.BotAccount, user],
            Locale = conversation.Locale,
            Timestamp = clock.GetUtcNow(),
        };
    }

    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline";

    private static string StreamUrl(HttpRequest request, DirectLineTokens tokens, DirectLineConversation conversation, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var token = Uri.EscapeDataString(tokens.IssueStreamToken(conversation.Id, conversation.UserId));
        var mark = watermark is { } w ? w.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversation.Id}/stream?watermark={mark}&t={token}";
    }

    private static IResult Json(IssuedToken issued, string? streamUrl, int status = StatusCodes.Status200OK) =>
        Results.Text(ActivityJson.Write(new { conversationId = issued.ConversationId, token = issued.Token, expires_in = issued.ExpiresIn, streamUrl }),
            "application/json", statusCode: status);

    // The start body is optional and small ({ user, locale }); anything unreadable is ignored, as the ids are ours.
    private static async Task<JObject?> ReadStartBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 or > MaxStartBodyBytes)
        {
            return null;
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        try
        {
            return JToken.Parse(text) as JObject;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("^dl_[A-Za-z0-9_-]{1,60}$")]
    private static partial Regex UserIdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$")]
    private static partial Regex LocalePattern();
}
