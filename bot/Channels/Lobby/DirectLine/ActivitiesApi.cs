using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Posting and polling activities of one conversation (POST/GET .../activities).
public static class ActivitiesApi
{
    public const string PostPolicy = "directline-post";

    public static RouteGroupBuilder MapDirectLineActivities(this RouteGroupBuilder api)
    {
        api.MapPost("/conversations/{conversationId}/activities", PostAsync).RequireRateLimiting(PostPolicy);
        api.MapGet("/conversations/{conversationId}/activities", GetAsync);
        return api;
    }

    private static async Task<IResult> PostAsync(HttpContext http, string conversationId, DirectLineAccess access, LobbyAdapter adapter,
        Microsoft.Extensions.Options.IOptions<LobbyOptions> options, TimeProvider clock)
    {
        var (conversation, error) = await access.ConversationAsync(http.Request, conversationId);
        if (conversation is null)
        {
            return error!;
        }
        var limit = options.Value.DirectLine.MaxActivityBytes;
        var body = await ReadLimitedAsync(http, limit);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var activity = ActivityJson.Read(body);
        if (activity is null || !IncomingActivity.IsAccepted(activity))
        {
            return Results.BadRequest();
        }
        return await DeliverAsync(http, conversation, activity, adapter, clock);
    }

    public static async Task<IResult> DeliverAsync(HttpContext http, DirectLineConversation conversation, Activity activity, LobbyAdapter adapter, TimeProvider clock)
    {
        await IncomingActivity.PrepareAsync(activity, conversation, DirectLineApi.ServiceUrl(http.Request), clock.GetUtcNow());
        if (activity.Type != ActivityTypes.Typing)
        {
            await conversation.VisitorSpokeAsync(clock.GetUtcNow());
            // The echo carries the client's channelData.clientActivityID, which Web Chat matches to mark "sent".
            await conversation.AppendAsync(activity.Id, ActivityJson.Write(activity));
        }
        await adapter.RunTurnAsync(conversation, activity, CancellationToken.None);
        return Results.Text(ActivityJson.Write(new { id = activity.Id }), "application/json");
    }

    private static async Task<IResult> GetAsync(HttpRequest request, string conversationId, string? watermark, DirectLineAccess access)
    {
        var (conversation, error) = await access.ConversationAsync(request, conversationId);
        if (conversation is null)
        {
            return error!;
        }
        return Watermark.TryParse(watermark, out var from)
            ? Results.Text(await conversation.ActivitySetSinceAsync(from), "application/json")
            : Results.BadRequest();
    }

    // Null when the body is larger than the limit (declared or actual).
    private static async Task<string?> ReadLimitedAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }
        var buffer = new byte[limit + 1];
        var read = 0;
        try
        {
            int n;
            while (read < buffer.Length && (n = await http.Request.Body.ReadAsync(buffer.AsMemory(read))) > 0)
            {
                read += n;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return read > limit ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }
}
