using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Channels.Lobby;

// Drives the local Direct Line as DirectLineJS (inside Web Chat) does: token from the page's endpoint,
// POST /conversations, WebSocket on the streamUrl, POST activities with a clientActivityID, GET with watermark.
public sealed class DirectLineTestClient(FrontDeskApp app, HttpClient http)
{
    public HttpClient Http => http;

    public string Token { get; set; } = "";

    public string ConversationId { get; private set; } = "";

    public string StreamUrl { get; private set; } = "";

    public static async Task<DirectLineTestClient> StartAsync(FrontDeskApp app, string locale = "en-US")
    {
        var client = new DirectLineTestClient(app, app.CreateClient());
        var token = await client.PageTokenAsync();
        client.Token = token.GetProperty("token").GetString()!;
        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations",
            new JsonObject { ["user"] = new JsonObject { ["id"] = "someone-else" }, ["locale"] = locale });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = await start.Content.ReadFromJsonAsync<JsonElement>();
        client.ConversationId = conversation.GetProperty("conversationId").GetString()!;
        client.StreamUrl = conversation.GetProperty("streamUrl").GetString()!;
        Assert.Equal(token.GetProperty("conversationId").GetString(), client.ConversationId);
        return client;
    }

    public async Task<JsonElement> PageTokenAsync()
    {
        using var response = await http.PostAsync(new Uri("/api/lobby/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> PostTextAsync(string text, string clientActivityId = "c1") =>
        PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "impostor", ["name"] = "Visitor", ["role"] = "user" },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        });

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);

    public async Task<(List<JsonElement> Activities, string Watermark)> GetActivitiesAsync(string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. set.GetProperty("activities").EnumerateArray()], set.GetProperty("watermark").GetString()!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        return await http.SendAsync(request);
    }

    public async Task<StreamActivities> ConnectStreamAsync(string? streamUrl = null)
    {
        var socketClient = app.Server.CreateWebSocketClient();
        return new StreamActivities(await socketClient.ConnectAsync(new Uri(streamUrl ?? StreamUrl), CancellationToken.None));
    }

    // The activities of a stream socket, in order, across ActivitySet frames; keep-alive (empty) frames are skipped.
    public sealed class StreamActivities(WebSocket socket) : IDisposable
    {
        private readonly Queue<JsonElement> _pending = new();

        public WebSocket Socket { get; } = socket;

        public List<string> Watermarks { get; } = [];

        public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (true)
            {
                while (_pending.TryDequeue(out var activity))
                {
                    if (match(activity))
                    {
                        return activity;
                    }
                }
                var frame = await ReceiveFrameAsync(Socket, timeout.Token);
                Assert.NotNull(frame);
                if (frame.Length == 0)
                {
                    continue;
                }
                var set = JsonDocument.Parse(frame).RootElement;
                Watermarks.Add(set.GetProperty("watermark").GetString()!);
                foreach (var activity in set.GetProperty("activities").EnumerateArray())
                {
                    _pending.Enqueue(activity.Clone());
                }
            }
        }

        public void Dispose() => Socket.Dispose();
    }

    // Null when the server closed the socket.
    public static async Task<string?> ReceiveFrameAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public static string Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";

    public static bool IsFromBot(JsonElement activity) =>
        activity.GetProperty("from").GetProperty("role").GetString() == "bot";
}
