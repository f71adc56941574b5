using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FrontDesk.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Reliability;

// A Teams service for a bot host in another process (Kestrel on 127.0.0.1): it keeps every chat's messages as Teams
// would (a POST is a new message with an id Teams chose, a PUT changes that message), answers member look-ups, and
// in the chosen conversations meets sends with the faults of a FaultPlan, and one conversation that never answers.
// A refused or held request posts nothing, so every second copy a chat shows is one the bot sent.
public sealed class FaultyTeamsChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _closing = new();
    private readonly ConcurrentDictionary<(string Conversation, string Fingerprint), int> _attempts = new();
    private readonly ConcurrentDictionary<string, ChannelMessage> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Conversation, string Fingerprint), TimeSpan> _held = new();
    private readonly Task _never = new TaskCompletionSource().Task;
    private TaskCompletionSource _thaw = NewThaw();
    private volatile bool _frozen;
    private int _nextId;

    public FaultyTeamsChannel(FaultPlan plan)
    {
        Plan = plan;
        (_app, ServiceUrl) = LoopbackServer.Start(Map);
    }

    public Uri ServiceUrl { get; }

    public FaultPlan Plan { get; }

    // Conversations whose sends meet the plan's faults (the hosts' chats); others (the desk's) always go through.
    public ConcurrentDictionary<string, bool> Faulty { get; } = new(StringComparer.Ordinal);

    // This chat never answers a send (once faults are on): every request is held until the bot gives up.
    public string? Hanging { get; set; }

    // Off while the test sets up its users' chats.
    public bool FaultsOn { get; set; }

    public ConcurrentDictionary<string, JObject> Members { get; } = new(StringComparer.Ordinal);

    // Every send and update Teams accepted, in order (replies to a user's message included).
    public ConcurrentQueue<RecordedCall> Accepted { get; } = new();

    // The messages each chat shows: one per accepted POST, whatever PUTs changed them since.
    public IReadOnlyList<ChannelMessage> Messages => [.. _messages.Values.OrderBy(m => m.Sequence)];

    public IReadOnlyDictionary<string, int> Outcomes => _outcomes;

    // How long this fake kept a notice's sends waiting for an answer that never came (its timeouts): lateness the
    // bot could not avoid, whatever its own send timeout is.
    public TimeSpan HeldFor(string conversationId, string fingerprint) => _held.GetValueOrDefault((conversationId, fingerprint));

    public void AddMember(TeamsUser user) => Members[user.Id] = new JObject
    {
        ["id"] = user.Id,
        ["name"] = user.Name,
        ["aadObjectId"] = user.AadObjectId,
        ["email"] = user.Email,
        ["userPrincipalName"] = user.Email,
        ["tenantId"] = TeamsUser.TenantId,
    };

    // Just before a kill: from now on no send gets through, so at the moment of the kill the bot has an answer for
    // every request Teams acted on, and none in flight that Teams might have posted.
    public void Freeze() => _frozen = true;

    public void Thaw()
    {
        _frozen = false;
        var thaw = _thaw;
        _thaw = NewThaw();
        thaw.TrySetResult();
    }

    // What a notice looks like to a user, whatever ids the bot put around it: its text and its attachments.
    public static string Fingerprint(JObject activity)
    {
        var text = (string?)activity["text"] ?? "";
        var attachments = activity["attachments"] is JArray list
            ? string.Join("\n", list.OfType<JObject>().Select(a => (string?)a["contentType"] + " " + a["content"]?.ToString(Formatting.None)))
            : "";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text + "\n" + attachments)));
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
            AnswerAsync(http, conversationId, null));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            AnswerAsync(http, conversationId, null, replyTo: activityId));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            AnswerAsync(http, conversationId, activityId));
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string conversationId, string memberId) =>
            Members.TryGetValue(memberId, out var member)
                ? Results.Text(member.ToString(), "application/json")
                : Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The member was not found." } }, statusCode: 404));
        // Opening a new chat is not part of this test: every user has said hello first.
        app.MapFallback((HttpContext http) =>
        {
            Count("unexpected " + http.Request.Method + " " + http.Request.Path);
            return Results.Json(new { error = new { code = "NotSupported", message = "Not part of this fake." } }, statusCode: 404);
        });
    }

    private async Task<IResult> AnswerAsync(HttpContext http, string conversationId, string? updates, string? replyTo = null)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = JObject.Parse(await reader.ReadToEndAsync());
        var fingerprint = Fingerprint(body);
        if (_frozen)
        {
            Count("held: host about to be killed");
            await HoldAsync(http, _thaw.Task);
            return Results.StatusCode(503);
        }
        if (FaultsOn && conversationId == Hanging)
        {
            Count("held: hanging conversation");
            await HoldAsync(http, _never);
            return Results.StatusCode(504);
        }
        if (FaultsOn && Faulty.ContainsKey(conversationId))
        {
            var attempt = _attempts.AddOrUpdate((conversationId, fingerprint), 1, (_, n) => n + 1);
            switch (Plan.Next(conversationId, attempt))
            {
                case ChannelFault.Throttled:
                    Count("429 Retry-After 1");
                    http.Response.Headers.RetryAfter = "1";
                    return Error(429, "TooManyRequests");
                case ChannelFault.ServerError:
                    Count("500");
                    return Error(500, "InternalServerError");
                case ChannelFault.Timeout:
                    Count("held: timeout");
                    var since = DateTimeOffset.UtcNow;
                    await HoldAsync(http, _never);
                    _held.AddOrUpdate((conversationId, fingerprint), DateTimeOffset.UtcNow - since, (_, t) => t + (DateTimeOffset.UtcNow - since));
                    return Results.StatusCode(504);
            }
        }
        var now = DateTimeOffset.UtcNow;
        string id;
        if (updates is null)
        {
            id = "act-" + Interlocked.Increment(ref _nextId);
            _messages[id] = new ChannelMessage(conversationId, id, fingerprint, body, now, Interlocked.Increment(ref _nextId)) { ReplyTo = replyTo };
            Count("posted");
        }
        else if (_messages.TryGetValue(updates, out var message) && message.ConversationId == conversationId)
        {
            id = updates;
            message.Update(body);
            Count("updated");
        }
        else
        {
            Count("update of an unknown message");
            return Error(404, "ActivityNotFound");
        }
        Accepted.Enqueue(new RecordedCall(http.Request.Method, http.Request.Path.Value ?? "", conversationId, updates ?? replyTo, body)
        {
            SentId = id,
            At = now,
        });
        return Results.Json(new { id });
    }

    // Held until the bot drops the request (its timeout, or its death) or the test ends; nothing is posted.
    private async Task HoldAsync(HttpContext http, Task release)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _closing.Token);
        try
        {
            await release.WaitAsync(either.Token);
        }
        catch (OperationCanceledException)
        {
            // The bot gave up or died, or the test is over.
        }
    }

    private static IResult Error(int status, string code) =>
        Results.Json(new { error = new { code, message = "Answered by the fake Teams." } }, statusCode: status);

    private void Count(string outcome) => _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    private static TaskCompletionSource NewThaw() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        Thaw();
        await _app.DisposeAsync();
        _closing.Dispose();
    }
}

// One message in a chat as users see it: created by a POST, changed in place by PUTs of its id.
public sealed class ChannelMessage(string conversationId, string id, string fingerprint, JObject body, DateTimeOffset postedAt, int sequence)
{
    private int _updates;
    private JObject? _latest;

    public string ConversationId => conversationId;

    public string Id => id;

    public string Fingerprint => fingerprint;

    public JObject Body => body;

    public DateTimeOffset PostedAt => postedAt;

    public int Sequence => sequence;

    // The user's message this answered (a turn's reply), or null for a message the bot started (a notice).
    public string? ReplyTo { get; init; }

    public int Updates => _updates;

    public JObject Latest => _latest ?? body;

    public void Update(JObject changed)
    {
        _latest = changed;
        Interlocked.Increment(ref _updates);
    }
}
