using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using FrontDesk.Tests.Harness;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

public class DirectLineBadInputTests
{
    [Fact]
    public async Task An_oversized_activity_is_413_malformed_json_and_unknown_types_are_400()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var huge = await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = new string('x', 300 * 1024) });
        using var malformed = await RawPostAsync(client, "{\"type\":\"message\",\"text\":");
        using var notAnObject = await RawPostAsync(client, "[1,2,3]");
        using var unknownType = await client.PostAsync(new JsonObject { ["type"] = "conversationUpdate" });
        using var madeUpType = await client.PostAsync(new JsonObject { ["type"] = "teleport", ["text"] = "hi" });
        using var noType = await client.PostAsync(new JsonObject { ["text"] = "hi" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnObject.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, madeUpType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        using var fine = await client.PostTextAsync("I have an invitation code");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Contains("show your code to the front desk", Text((await client.GetActivitiesAsync("1")).Activities[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_watermark_is_400()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Garbage_on_one_socket_does_not_disturb_another_conversation()
    {
        using var app = new FrontDeskApp();
        var vandal = await StartAsync(app);
        var visitor = await StartAsync(app);
        using var vandalSocket = await vandal.ConnectStreamAsync();
        using var visitorSocket = await visitor.ConnectStreamAsync();
        await visitorSocket.WaitForAsync(IsFromBot);

        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var junk = new byte[random.Next(1, 2048)];
            random.NextBytes(junk);
            await vandalSocket.Socket.SendAsync(junk, i % 2 == 0 ? WebSocketMessageType.Binary : WebSocketMessageType.Text, true, CancellationToken.None);
        }
        await vandalSocket.Socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"I'm leaving\"}"), WebSocketMessageType.Text, true, CancellationToken.None);
        using var visitorPost = await visitor.PostTextAsync("I'm a walk-in visitor");

        Assert.Equal(HttpStatusCode.OK, visitorPost.StatusCode);
        var reply = await visitorSocket.WaitForAsync(a => IsFromBot(a) && Text(a).Contains("whom you are visiting", StringComparison.Ordinal));
        Assert.NotNull(reply.GetProperty("id").GetString());
        // Frames on the socket are not activities: nothing the vandal sent reached the bot.
        Assert.Single((await vandal.GetActivitiesAsync()).Activities);
        using var vandalPost = await vandal.PostTextAsync("I'm leaving");
        Assert.Equal(HttpStatusCode.OK, vandalPost.StatusCode);
    }

    [Fact]
    public async Task An_oversized_socket_message_closes_only_that_socket()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        using var socket = await client.ConnectStreamAsync();
        await socket.WaitForAsync(IsFromBot);

        await socket.Socket.SendAsync(new byte[200 * 1024], WebSocketMessageType.Binary, true, CancellationToken.None);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Null(await ReceiveFrameAsync(socket.Socket, timeout.Token));
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, socket.Socket.CloseStatus);
        using var post = await client.PostTextAsync("Leave feedback");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
    }

    [Fact]
    public async Task A_thousand_rapid_posts_are_throttled_with_429_and_another_conversation_still_works()
    {
        using var app = new FrontDeskApp();
        var flooder = await StartAsync(app);
        var visitor = await StartAsync(app);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            using var response = await flooder.PostTextAsync($"flood {i}", $"f{i}");
            return response.StatusCode;
        }));

        Assert.Equal(60, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(940, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        using var visitorPost = await visitor.PostTextAsync("I'm leaving");
        Assert.Equal(HttpStatusCode.OK, visitorPost.StatusCode);
        Assert.Contains("To check out", Text((await visitor.GetActivitiesAsync("1")).Activities[1]), StringComparison.Ordinal);
        // The greeting, then echo, answer and menu for each accepted post.
        Assert.Equal(1 + (60 * 3), (await flooder.GetActivitiesAsync()).Activities.Count);
    }

    [Fact]
    public async Task A_conversation_keeps_only_its_latest_activities()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:MaxActivitiesPerConversation"] = "4";
        var client = await StartAsync(app);

        using var first = await client.PostTextAsync("I'm leaving");
        using var second = await client.PostTextAsync("Leave feedback");
        var (activities, watermark) = await client.GetActivitiesAsync();

        Assert.Equal("7", watermark);
        Assert.Equal(4, activities.Count);
        Assert.Equal("Leave feedback", Text(activities[1]));
    }

    [Fact]
    public async Task Page_tokens_are_rate_limited_per_client()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:TokenRequestsPerMinute"] = "3";
        var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await http.PostAsync(new Uri("/api/lobby/token", UriKind.Relative), null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<HttpResponseMessage> RawPostAsync(DirectLineTestClient client, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{client.ConversationId}/activities", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        return await client.Http.SendAsync(request);
    }
}
