using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace FrontDesk.Bench.Load;

// One kiosk conversation as Web Chat drives the local Direct Line: the page's token, POST /conversations, the
// WebSocket stream, activities posted; the bot's activities are read off the socket with the time they arrived.
public sealed class KioskSession : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _host;
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<(long At, JsonElement Activity)> _fromBot = Channel.CreateUnbounded<(long, JsonElement)>();
    private string _token = "";
    private string _conversationId = "";
    private Task _reading = Task.CompletedTask;

    private KioskSession(HttpClient http, Uri host)
    {
        _http = http;
        _host = host;
    }

    public static async Task<KioskSession> OpenAsync(HttpClient http, Uri host)
    {
        var session = new KioskSession(http, host);
        using (var token = await http.PostAsync(new Uri(host, "api/lobby/token"), null))
        {
            token.EnsureSuccessStatusCode();
            session._token = (await JsonDocument.ParseAsync(await token.Content.ReadAsStreamAsync())).RootElement.GetProperty("token").GetString()!;
        }
        using var started = await session.SendAsync("v3/directline/conversations", new JsonObject { ["locale"] = "en-US" });
        started.EnsureSuccessStatusCode();
        var conversation = (await JsonDocument.ParseAsync(await started.Content.ReadAsStreamAsync())).RootElement;
        session._conversationId = conversation.GetProperty("conversationId").GetString()!;
        await session._socket.ConnectAsync(new Uri(conversation.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        session._reading = session.ReadAsync();
        return session;
    }

    // Posts what the visitor did and returns the milliseconds until the bot's first activity after it, and the
    // first activity carrying a card when one is awaited.
    public async Task<(double Ms, JsonElement? Card)> SendAsync(JsonObject activity, bool awaitCard)
    {
        while (_fromBot.Reader.TryRead(out _))
        {
            // Anything left from before this message (the greeting) is not its reply.
        }
        var started = Stopwatch.GetTimestamp();
        using (var posted = await SendAsync($"v3/directline/conversations/{_conversationId}/activities", activity))
        {
            posted.EnsureSuccessStatusCode();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (at, first) = await _fromBot.Reader.ReadAsync(timeout.Token);
        var ms = Stopwatch.GetElapsedTime(started, at).TotalMilliseconds;
        var card = first;
        while (awaitCard && !HasCard(card))
        {
            (_, card) = await _fromBot.Reader.ReadAsync(timeout.Token);
        }
        return (ms, awaitCard ? card : null);
    }

    public async Task WaitForBotAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _fromBot.Reader.ReadAsync(timeout.Token);
    }

    public static bool HasCard(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var list) && list.GetArrayLength() > 0;

    private async Task<HttpResponseMessage> SendAsync(string path, JsonNode body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_host, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return await _http.SendAsync(request);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }
                var at = Stopwatch.GetTimestamp();
                if (frame.Length > 0)
                {
                    using var set = JsonDocument.Parse(frame.ToArray());
                    foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
                    {
                        if (activity.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot")
                        {
                            _fromBot.Writer.TryWrite((at, activity.Clone()));
                        }
                    }
                }
                frame.SetLength(0);
            }
        }
        catch (WebSocketException)
        {
            // The server went away; the waiting step times out and says so.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        await _reading.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
    }
}
