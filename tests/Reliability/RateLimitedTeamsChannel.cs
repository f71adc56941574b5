using System.Collections.Concurrent;
using FrontDesk.Bot.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Reliability;

// A fast Teams for bot hosts in other processes: posts are answered at once and counted by the notice key the bot puts
// in channelData, in each chat's order; like Teams it refuses with 429 + Retry-After whatever exceeds the app's
// per-tenant limit in any second. Freeze holds every request (then answers 503, posting nothing), so a host killed
// meanwhile leaves no send whose outcome only Teams knows.
public sealed class RateLimitedTeamsChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly int _perSecond;
    private readonly Queue<DateTime> _accepted = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _thaw = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _frozen;
    private int _throttled;
    private int _held;

    public RateLimitedTeamsChannel(int perSecond)
    {
        _perSecond = perSecond;
        (_app, ServiceUrl) = LoopbackServer.Start(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) => PostAsync(http, conversationId));
            // The connector posts a proactive message as a reply to the continuation activity's id.
            app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http, string conversationId) => PostAsync(http, conversationId));
        });
    }

    public Uri ServiceUrl { get; }

    // How many times each notice was posted (a second copy shows as 2).
    public ConcurrentDictionary<string, int> Posted { get; } = new(StringComparer.Ordinal);

    // Each chat's notice keys in the order Teams showed them.
    public ConcurrentDictionary<string, ConcurrentQueue<string>> Chats { get; } = new(StringComparer.Ordinal);

    public int Throttled => Volatile.Read(ref _throttled);

    public int Held => Volatile.Read(ref _held);

    public int PostedCount => Posted.Count;

    public void Freeze() => _frozen = true;

    public void Thaw()
    {
        _frozen = false;
        _thaw.TrySetResult();
        _thaw = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private async Task<IResult> PostAsync(HttpContext http, string conversationId)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = JObject.Parse(await reader.ReadToEndAsync());
        if (_frozen)
        {
            Interlocked.Increment(ref _held);
            try
            {
                await _thaw.Task.WaitAsync(http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The host died while held.
            }
            return Results.StatusCode(503);
        }
        if (!TryTake(DateTime.UtcNow))
        {
            Interlocked.Increment(ref _throttled);
            http.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests", message = "Answered by the fake Teams." } }, statusCode: 429);
        }
        var key = (string?)body["channelData"]?[ProactiveDelivery.NotificationKeyProperty] ?? "(no key)";
        Posted.AddOrUpdate(key, 1, (_, n) => n + 1);
        Chats.GetOrAdd(conversationId, _ => new ConcurrentQueue<string>()).Enqueue(key);
        return Results.Json(new { id = "act-" + Guid.NewGuid().ToString("N") });
    }

    // At most perSecond accepted in any second (a sliding window: as strict as any way of cutting seconds).
    private bool TryTake(DateTime now)
    {
        lock (_gate)
        {
            while (_accepted.Count > 0 && now - _accepted.Peek() >= TimeSpan.FromSeconds(1))
            {
                _accepted.Dequeue();
            }
            if (_accepted.Count >= _perSecond)
            {
                return false;
            }
            _accepted.Enqueue(now);
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Thaw();
        await _app.DisposeAsync();
    }
}
