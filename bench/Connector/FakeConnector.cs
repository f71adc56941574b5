using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FrontDesk.Bench.Connector;

// The Teams service as the bot sees it (the Bot Connector endpoints it calls), on 127.0.0.1: accepts sends,
// replies and updates, answers member look-ups and opens chats. It keeps counts, not bodies, so it is not the
// bottleneck; with Limits and Delay set it behaves like Teams under load (80 ms answers, 429 + Retry-After).
public sealed class FakeConnector : IAsyncDisposable
{
    private static readonly byte[] Accepted = """{"id":"1"}"""u8.ToArray();
    private readonly WebApplication _app;
    private int _nextConversation;

    private FakeConnector(WebApplication app)
    {
        _app = app;
    }

    public Uri ServiceUrl { get; private set; } = null!;

    public ConcurrentDictionary<string, ConversationLog> Conversations { get; } = new();

    // Teams users by channel id, as GET …/members/{id} returns them (JSON).
    public ConcurrentDictionary<string, string> Members { get; } = new();

    public TeamsLimits? Limits { get; set; }

    public TimeSpan Delay { get; set; }

    // Set when the bench counts notices: each accepted activity's text, counted (duplicates show as > 1).
    public ConcurrentDictionary<string, int>? Texts { get; set; }

    public int Throttled => Volatile.Read(ref _throttled);

    private int _throttled;

    public int Requests => Volatile.Read(ref _requests);

    private int _requests;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        connector.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    // Keeps the bodies this conversation receives (the cards the bench presses buttons on).
    public ConversationLog Capture(string conversationId) =>
        Conversations[conversationId] = new ConversationLog { Bodies = new ConcurrentQueue<string>() };

    public ConversationLog Of(string conversationId) => Conversations.GetOrAdd(conversationId, _ => new ConversationLog());

    private void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities", ActivityAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", ActivityAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", ActivityAsync);
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            Members.TryGetValue(memberId, out var member)
                ? Results.Text(member, "application/json")
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "Not found." } }, statusCode: 404));
        app.MapPost("/v3/conversations", () => Results.Json(new { id = "opened-" + Interlocked.Increment(ref _nextConversation) }));
    }

    private async Task ActivityAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        var conversationId = (string)http.Request.RouteValues["conversationId"]!;
        var log = Of(conversationId);
        var keepBody = log.Bodies is not null || Texts is not null;
        string? body = null;
        if (keepBody)
        {
            using var reader = new StreamReader(http.Request.Body);
            body = await reader.ReadToEndAsync();
        }
        else
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
        }
        if (Limits?.TryTake(conversationId, DateTime.UtcNow) is { } wait)
        {
            Interlocked.Increment(ref _throttled);
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }
        if (Texts is not null && body is not null && TextOf(body) is { } text)
        {
            Texts.AddOrUpdate(text, 1, (_, n) => n + 1);
        }
        log.Received(Stopwatch.GetTimestamp(), log.Bodies is null ? null : body);
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(Accepted);
    }

    private static string? TextOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("text", out var text) ? text.GetString() : null;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
