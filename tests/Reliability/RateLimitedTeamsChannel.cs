using System.Collections.Concurrent;
using FrontDesk.Bot.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Reliability;

// A fast Teams for bot hosts in other processes: posts are answered at once and counted by the notice key the bot puts
// in channelData, in each chat's order, and by the host process that sent them; like Teams it refuses with 429 +
// Retry-After whatever exceeds the app's per-tenant limit in any second and, when asked, a chat's own limits (7 in
// 1 s, 8 in 2 s, 60 in 30 s). Freeze holds every request (then answers 503, posting nothing), so a host killed
// meanwhile leaves no send whose outcome only Teams knows.
public sealed class RateLimitedTeamsChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly int _perSecond;
    private static readonly (int Count, TimeSpan Window)[] ChatLimits =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30))];

    private readonly Queue<DateTime> _accepted = new();
    private readonly Dictionary<string, Queue<DateTime>> _acceptedPerChat = new(StringComparer.Ordinal);
    private readonly bool _chatLimits;
    private readonly ConcurrentDictionary<int, int> _senderOfPort = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _thaw = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _frozen;
    private int _throttled;
    private int _chatThrottled;
    private int _held;

    public RateLimitedTeamsChannel(int perSecond, bool chatLimits = false)
    {
        _perSecond = perSecond;
        _chatLimits = chatLimits;
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

    // The process id of the host that sent each post (see SendersAre), by chat.
    public ConcurrentDictionary<string, ConcurrentQueue<int>> SentBy { get; } = new(StringComparer.Ordinal);

    // 429s for the tenant's limit, and for a chat's.
    public int Throttled => Volatile.Read(ref _throttled);

    public int ChatThrottled => Volatile.Read(ref _chatThrottled);

    public int Held => Volatile.Read(ref _held);

    public int PostedCount => Posted.Count;

    // The host processes whose posts are told apart (a post from elsewhere counts as sent by 0).
    public Func<IEnumerable<int?>> SendersAre { get; set; } = () => [];

    public IEnumerable<int> Senders => SentBy.Values.SelectMany(q => q).Distinct();

    public int PostedBy(int processId) => SentBy.Values.Sum(q => q.Count(p => p == processId));

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
        var refusal = TryTake(conversationId, DateTime.UtcNow);
        if (refusal is not null)
        {
            if (refusal == Refusal.Chat)
            {
                Interlocked.Increment(ref _chatThrottled);
            }
            else
            {
                Interlocked.Increment(ref _throttled);
            }
            http.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "TooManyRequests", message = "Answered by the fake Teams." } }, statusCode: 429);
        }
        var key = (string?)body["channelData"]?[ProactiveDelivery.NotificationKeyProperty] ?? "(no key)";
        Posted.AddOrUpdate(key, 1, (_, n) => n + 1);
        Chats.GetOrAdd(conversationId, _ => new ConcurrentQueue<string>()).Enqueue(key);
        SentBy.GetOrAdd(conversationId, _ => new ConcurrentQueue<int>()).Enqueue(SenderOf(http.Connection.RemotePort));
        return Results.Json(new { id = "act-" + Guid.NewGuid().ToString("N") });
    }

    // A host keeps its connections open, so a client port is looked up again only when its host has died (another
    // process may then reuse the port), while its request is open.
    private int SenderOf(int clientPort)
    {
        if (_senderOfPort.TryGetValue(clientPort, out var known) && System.IO.Directory.Exists($"/proc/{known}"))
        {
            return known;
        }
        var found = LoopbackPeers.ProcessOf(clientPort, ServiceUrl.Port, SendersAre()) ?? 0;
        _senderOfPort[clientPort] = found;
        return found;
    }

    // At most perSecond accepted in any second, and a chat's limits when asked (sliding windows: as strict as any way
    // of cutting seconds). Null when the post is accepted (and counted).
    private Refusal? TryTake(string conversationId, DateTime now)
    {
        lock (_gate)
        {
            if (!_acceptedPerChat.TryGetValue(conversationId, out var chat))
            {
                _acceptedPerChat[conversationId] = chat = new Queue<DateTime>();
            }
            if (_chatLimits && Full(chat, now, ChatLimits))
            {
                return Refusal.Chat;
            }
            if (Full(_accepted, now, [(_perSecond, TimeSpan.FromSeconds(1))]))
            {
                return Refusal.Tenant;
            }
            _accepted.Enqueue(now);
            chat.Enqueue(now);
            return null;
        }
    }

    private static bool Full(Queue<DateTime> accepted, DateTime now, (int Count, TimeSpan Window)[] limits)
    {
        var longest = limits.Max(l => l.Window);
        while (accepted.Count > 0 && now - accepted.Peek() >= longest)
        {
            accepted.Dequeue();
        }
        return limits.Any(l => accepted.Count(t => now - t < l.Window) >= l.Count);
    }

    private enum Refusal
    {
        Tenant,
        Chat,
    }

    public async ValueTask DisposeAsync()
    {
        Thaw();
        await _app.DisposeAsync();
    }
}
