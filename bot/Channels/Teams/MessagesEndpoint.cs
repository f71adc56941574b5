using System.Text.Json;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Channels.Teams;

// POST /api/messages: the Bot Connector calls it with one activity. The body is checked before the
// SDK sees it, so a malformed request gets a 400 with a reason instead of an exception.
public static class MessagesEndpoint
{
    public static void Map(WebApplication app) =>
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http, FrontDeskAdapter adapter, IBot bot)
    {
        http.Request.EnableBuffering();
        var problem = await CheckActivityAsync(http.Request.Body, http.RequestAborted);
        if (problem is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a valid activity", detail: problem);
        }
        http.Request.Body.Position = 0;
        await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        return Results.Empty;
    }

    // Returns why the body is not an activity the bot can answer, or null when it is.
    public static async Task<string?> CheckActivityAsync(Stream body, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return $"The body is not valid JSON: {e.Message}";
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The body must be a JSON object (an activity).";
            }
            if (!HasText(root, "type"))
            {
                return "The activity has no 'type'.";
            }
            if (!HasText(root, "serviceUrl") ||
                !Uri.TryCreate(root.GetProperty("serviceUrl").GetString(), UriKind.Absolute, out var serviceUrl) ||
                serviceUrl.Scheme is not ("http" or "https"))
            {
                return "The activity has no absolute http(s) 'serviceUrl'.";
            }
            if (!root.TryGetProperty("conversation", out var conversation) ||
                conversation.ValueKind != JsonValueKind.Object || !HasText(conversation, "id"))
            {
                return "The activity has no 'conversation.id'.";
            }
            if (root.TryGetProperty("from", out var from) && from.ValueKind != JsonValueKind.Object)
            {
                return "'from' must be an object.";
            }
            // The bot keys what it stores by channel: without one the turn would fail in the database.
            if (!HasText(root, "channelId"))
            {
                return "The activity has no 'channelId'.";
            }
            return null;
        }
    }

    private static bool HasText(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) &&
        value.ValueKind == JsonValueKind.String &&
        !string.IsNullOrWhiteSpace(value.GetString());
}
