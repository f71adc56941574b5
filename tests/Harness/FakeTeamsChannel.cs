using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Harness;

// Stands in for the Teams service (the Bot Connector endpoints the SDK calls), on a real HTTP port on
// 127.0.0.1. It records every call the bot makes and answers member look-ups from Members.
public sealed class FakeTeamsChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    public FakeTeamsChannel()
    {
        (_app, ServiceUrl) = LoopbackServer.Start(Map);
    }

    public Uri ServiceUrl { get; }

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    // Teams users by their channel id ("29:…"), as GET …/members/{id} returns them.
    public ConcurrentDictionary<string, JObject> Members { get; } = new();

    // Files a test makes downloadable (Teams file attachments point at such URLs).
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    // Decides the answer to a send or update (POST/PUT of an activity); null answers normally.
    // Lets a test make chosen calls fail: 429 with Retry-After, 403, 502.
    public Func<RecordedCall, FakeReply?>? Respond { get; set; }

    // Stamps each recorded call; a test with a fake clock sets it to see when the bot sent what.
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    // The sends and updates the channel accepted (2xx), in order: what users actually saw.
    public IReadOnlyList<RecordedCall> Delivered => [.. Activities.Where(c => c.Status is >= 200 and < 300)];

    public Uri FileUrl(string name) => new(ServiceUrl, "files/" + Uri.EscapeDataString(name));

    // Activities the bot sent or replaced, in order (new messages, replies and updates).
    public IReadOnlyList<RecordedCall> Activities =>
        [.. Calls.Where(c => c.Body is not null && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Method is "POST" or "PUT")];

    public void AddMember(TeamsUser user) => Members[user.Id] = new JObject
    {
        ["id"] = user.Id,
        ["name"] = user.Name,
        ["aadObjectId"] = user.AadObjectId,
        ["email"] = user.Email,
        ["userPrincipalName"] = user.Email,
        ["tenantId"] = TeamsUser.TenantId,
    };

    public int MarkCalls() => Calls.Count;

    public IReadOnlyList<RecordedCall> CallsSince(int mark) => [.. Calls.Skip(mark)];

    private void Map(WebApplication app)
    {
        // Opening a conversation (a personal chat the bot starts); Respond can refuse it like any call.
        app.MapPost("/v3/conversations", async (HttpContext http) =>
        {
            var call = await Read(http, null, null);
            if (Respond?.Invoke(call) is { } refused)
            {
                Calls.Enqueue(call with { Status = refused.Status });
                return Results.Json(new { error = new { code = refused.Code, message = "Answered by the test." } }, statusCode: refused.Status);
            }
            var id = "conv-" + Interlocked.Increment(ref _nextId);
            Calls.Enqueue(call with { SentId = id });
            return Results.Json(new { id, activityId = call.Body?["activity"] is null ? null : "act-" + Interlocked.Increment(ref _nextId) });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
            Answer(http, conversationId, null, () => "act-" + Interlocked.Increment(ref _nextId)));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            Answer(http, conversationId, activityId, () => "act-" + Interlocked.Increment(ref _nextId)));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            Answer(http, conversationId, activityId, () => activityId));
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext http, string conversationId, string activityId) =>
        {
            await Record(http, conversationId, activityId);
            return Results.Ok();
        });
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", async (HttpContext http, string conversationId, string memberId) =>
        {
            await Record(http, conversationId, null);
            return Members.TryGetValue(memberId, out var member)
                ? Results.Text(member.ToString(), "application/json")
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The member was not found." } }, statusCode: 404);
        });
        app.MapGet("/files/{name}", (string name) =>
            Files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "text/csv") : Results.NotFound());
    }

    private async Task<IResult> Answer(HttpContext http, string conversationId, string? activityId, Func<string> newId)
    {
        var call = await Read(http, conversationId, activityId);
        var reply = Respond?.Invoke(call);
        if (reply is null)
        {
            var id = newId();
            Calls.Enqueue(call with { Status = 200, SentId = id });
            return Results.Json(new { id });
        }
        Calls.Enqueue(call with { Status = reply.Status });
        if (reply.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }
        return Results.Json(new { error = new { code = reply.Code, message = "Answered by the test." } }, statusCode: reply.Status);
    }

    private async Task<JObject?> Record(HttpContext http, string? conversationId, string? activityId)
    {
        var call = await Read(http, conversationId, activityId);
        Calls.Enqueue(call);
        return call.Body;
    }

    private async Task<RecordedCall> Read(HttpContext http, string? conversationId, string? activityId)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = text.Length == 0 ? null : JObject.Parse(text);
        return new RecordedCall(http.Request.Method, http.Request.Path.Value ?? "", conversationId, activityId, body) { At = Clock.GetUtcNow() };
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

// How the fake channel answers a call instead of accepting it; RetryAfter is sent as the header's text.
public sealed record FakeReply(int Status, string Code = "Error", string? RetryAfter = null);

public sealed partial record RecordedCall(string Method, string Path, string? ConversationId, string? ActivityId, JObject? Body)
{
    public int Status { get; init; } = 200;

    // The id of the message in the chat once Teams accepted it (new for a send, the same for an update):
    // what a button press on this card names as its replyToId.
    public string? SentId { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Text => (string?)Body?["text"];

    // The first Adaptive Card the activity carries, or null.
    public JObject? Card => Body?["attachments"]?.FirstOrDefault(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"] as JObject;

    // The card's text as sent: markdown, with user-typed text escaped.
    public string RawCardText => Card is null ? "" : string.Join("\n", Card.Descendants().OfType<JProperty>()
        .Where(p => p.Name is "text" or "title" or "value" or "label" && p.Value.Type == JTokenType.String)
        .Select(p => (string)p.Value!));

    // Every piece of text a user would read on the card (text blocks, facts, labels, buttons), in order,
    // as rendered: markdown backslash escapes shown as the characters they protect.
    public string CardText => MarkdownEscape().Replace(RawCardText, "$1");

    [System.Text.RegularExpressions.GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|~])")]
    private static partial System.Text.RegularExpressions.Regex MarkdownEscape();
}
