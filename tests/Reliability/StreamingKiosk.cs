using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Visits.Kiosk;

namespace FrontDesk.Tests.Reliability;

// A kiosk as Web Chat runs it against a bot host in another process: the page's token, a Direct Line conversation,
// its WebSocket stream (every frame kept with the time it arrived), posts over HTTP. It may reconnect to another
// host with its watermark, as DirectLineJS does after a dropped socket (GET /conversations/{id}?watermark=).
public sealed class StreamingKiosk : IAsyncDisposable
{
    private readonly List<ReceivedActivity> _received = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closing = new();
    private HttpClient _http;
    private ClientWebSocket? _socket;
    private Task _reading = Task.CompletedTask;
    private long _frames;

    private StreamingKiosk(Uri host) => _http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(20) };

    public string ConversationId { get; private set; } = "";

    public string Token { get; private set; } = "";

    // The watermark of the last frame received.
    public string Watermark { get; private set; } = "-";

    public IReadOnlyList<ReceivedActivity> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<StreamingKiosk> StartAsync(Uri host)
    {
        var kiosk = new StreamingKiosk(host);
        using var tokenResponse = await kiosk._http.PostAsync(new Uri("/api/lobby/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        kiosk.Token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var start = await kiosk.SendAsync(HttpMethod.Post, "/v3/directline/conversations",
            new JsonObject { ["user"] = new JsonObject { ["id"] = "visitor" }, ["locale"] = "en-US" });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = await start.Content.ReadFromJsonAsync<JsonElement>();
        kiosk.ConversationId = conversation.GetProperty("conversationId").GetString()!;
        await kiosk.ConnectAsync(conversation.GetProperty("streamUrl").GetString()!);
        return kiosk;
    }

    // Drops the socket and carries on at another host from a watermark; returns what the new socket's first frame
    // brought (the backlog after the watermark).
    public async Task<IReadOnlyList<JsonElement>> ReconnectAsync(Uri host, string watermark)
    {
        await CloseSocketAsync();
        _http.Dispose();
        _http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(20) };
        using var reconnect = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = (await reconnect.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("streamUrl").GetString()!;
        var before = Received.Count;
        await ConnectAsync(streamUrl);
        await WaitForAsync(_ => true, TimeSpan.FromSeconds(10), after: before);
        return [.. Received.Skip(before).TakeWhile(r => r.Frame == Received[before].Frame).Select(r => r.Activity)];
    }

    public async Task PostValueAsync(JsonObject value)
    {
        value["language"] ??= "en";
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities",
            new JsonObject { ["type"] = "message", ["value"] = value, ["locale"] = "en-US" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // Presses the first button of the last card the bot sent, with what the visitor typed into it.
    public async Task SubmitLastCardAsync(Dictionary<string, string> typed)
    {
        // The post returned once its turn was done, so the log (read as a polling client does) already has the card.
        using var log = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark=");
        var card = (await log.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").EnumerateArray()
            .Last(a => DirectLineTestClient.IsFromBot(a) && KioskVisitor.HasCard(a));
        var action = KioskVisitor.Card(card).GetProperty("actions").EnumerateArray().First();
        var value = JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
        foreach (var (id, text) in typed)
        {
            value[id] = text;
        }
        await PostValueAsync(value);
    }

    // The first activity (received after the first `after` ones) that matches, as it arrived on the socket.
    public async Task<ReceivedActivity> WaitForAsync(Func<JsonElement, bool> match, TimeSpan within, int after = 0)
    {
        var until = DateTimeOffset.UtcNow + within;
        while (true)
        {
            if (Received.Skip(after).FirstOrDefault(r => match(r.Activity)) is { } found)
            {
                return found;
            }
            Assert.True(DateTimeOffset.UtcNow < until, $"The kiosk's stream did not show what was expected within {within.TotalSeconds} s; it showed: "
                + string.Join(" | ", Received.Select(r => DirectLineTestClient.Text(r.Activity) is { Length: > 0 } text ? text : r.Activity.GetRawText()[..Math.Min(300, r.Activity.GetRawText().Length)])));
            await Task.Delay(20);
        }
    }

    private async Task ConnectAsync(string streamUrl)
    {
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var socket = _socket;
        _reading = Task.Run(() => ReadAsync(socket));
    }

    private async Task ReadAsync(ClientWebSocket socket)
    {
        try
        {
            while (await DirectLineTestClient.ReceiveFrameAsync(socket, _closing.Token) is { } frame)
            {
                if (frame.Length == 0)
                {
                    continue;
                }
                var set = JsonDocument.Parse(frame).RootElement;
                var at = DateTimeOffset.UtcNow;
                var number = Interlocked.Increment(ref _frames);
                lock (_gate)
                {
                    Watermark = set.GetProperty("watermark").GetString()!;
                    foreach (var activity in set.GetProperty("activities").EnumerateArray())
                    {
                        _received.Add(new ReceivedActivity(activity.Clone(), Watermark, number, at));
                    }
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The socket went away (closed by the test, or the host).
        }
    }

    private async Task CloseSocketAsync()
    {
        if (_socket is { State: WebSocketState.Open } socket)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Gone already.
            }
        }
        await _reading;
        _socket?.Dispose();
        _socket = null;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        return await _http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _socket?.Abort();
        await _reading;
        _socket?.Dispose();
        _http.Dispose();
        _closing.Dispose();
    }
}

// One activity as the kiosk's socket delivered it: the frame it came in (its watermark) and when.
public sealed record ReceivedActivity(JsonElement Activity, string Watermark, long Frame, DateTimeOffset At)
{
    public string Id => Activity.GetProperty("id").GetString()!;
}
