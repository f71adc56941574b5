using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.Time.Testing;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

public class DirectLineProtocolTests
{
    [Fact]
    public async Task A_new_conversation_is_greeted_with_what_a_visitor_can_do()
    {
        using var app = new FrontDeskApp();
        app.Settings["FrontDesk:BuildingName"] = "Harbour House";
        var client = await StartAsync(app);

        var (activities, watermark) = await client.GetActivitiesAsync();

        var greeting = Assert.Single(activities);
        Assert.True(IsFromBot(greeting));
        var text = VisibleText.Of(greeting);
        Assert.Contains("Welcome to Harbour House", text, StringComparison.Ordinal);
        Assert.Contains("I have an invitation code", text, StringComparison.Ordinal);
        Assert.Contains("I'm a walk-in visitor", text, StringComparison.Ordinal);
        Assert.Contains("I'm leaving", text, StringComparison.Ordinal);
        Assert.Contains("Leave feedback", text, StringComparison.Ordinal);
        Assert.Contains("中文", text, StringComparison.Ordinal);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_returns_the_same_conversation_without_a_second_greeting()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(client.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Single((await client.GetActivitiesAsync()).Activities);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_on_the_stream_with_its_client_id_and_the_token_user_then_answered()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        using var socket = await client.ConnectStreamAsync();
        await socket.WaitForAsync(IsFromBot);

        using var post = await client.PostTextAsync("I'm a walk-in visitor", clientActivityId: "client-42");

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var id = (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var echo = await socket.WaitForAsync(a => !IsFromBot(a));
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var user = echo.GetProperty("from").GetProperty("id").GetString();
        Assert.StartsWith("dl_", user, StringComparison.Ordinal);
        Assert.NotEqual("impostor", user);
        var reply = await socket.WaitForAsync(IsFromBot);
        Assert.Contains("tell the front desk staff whom you are visiting", Text(reply), StringComparison.Ordinal);
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Polling_with_a_watermark_returns_only_newer_activities()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        var (_, afterGreeting) = await client.GetActivitiesAsync();

        using var post = await client.PostTextAsync("Leave feedback");
        var (newer, watermark) = await client.GetActivitiesAsync(afterGreeting);

        Assert.Equal("Leave feedback", Text(newer[0]));
        Assert.Contains("We'd love to hear from you", VisibleText.Of(newer[1]), StringComparison.Ordinal);
        Assert.Contains("How was your visit?", VisibleText.Of(newer[2]), StringComparison.Ordinal);
        Assert.Equal(3, newer.Count);
        Assert.Empty((await client.GetActivitiesAsync(watermark)).Activities);
    }

    [Fact]
    public async Task After_the_socket_closes_reconnect_gives_a_stream_that_resumes_after_the_watermark()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        var watermarks = new List<string>();
        using (var first = await client.ConnectStreamAsync())
        {
            await first.WaitForAsync(IsFromBot);
            watermarks.AddRange(first.Watermarks);
            await first.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        using var post = await client.PostTextAsync("I'm leaving");

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark={watermarks[^1]}");

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var body = await reconnect.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        using var second = await client.ConnectStreamAsync(body.GetProperty("streamUrl").GetString());
        var firstAgain = await second.WaitForAsync(_ => true);
        Assert.Equal("I'm leaving", Text(firstAgain));
        var reply = await second.WaitForAsync(IsFromBot);
        Assert.Contains("To check out", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_socket_replaces_the_first()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        using var first = await client.ConnectStreamAsync();
        await first.WaitForAsync(IsFromBot);

        using var second = await client.ConnectStreamAsync();
        await second.WaitForAsync(IsFromBot);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Null(await ReceiveFrameAsync(first.Socket, timeout.Token));
    }

    [Fact]
    public async Task A_refreshed_token_keeps_working_and_an_expired_one_gets_403()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new FrontDeskApp(clock);
        var client = await StartAsync(app);
        var original = client.Token;

        clock.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        Assert.NotEqual(original, refreshed);

        clock.Advance(TimeSpan.FromMinutes(15));
        using var expired = await client.PostTextAsync("hello");
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        using var expiredRefresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.Forbidden, expiredRefresh.StatusCode);

        client.Token = refreshed;
        using var fresh = await client.PostTextAsync("hello");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task A_token_of_one_conversation_cannot_read_or_write_another()
    {
        using var app = new FrontDeskApp();
        var alice = await StartAsync(app);
        var bob = await StartAsync(app);

        using var read = await alice.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{bob.ConversationId}/activities");
        using var write = await alice.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{bob.ConversationId}/activities",
            new System.Text.Json.Nodes.JsonObject { ["type"] = "message", ["text"] = "hi" });
        using var stream = await alice.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{bob.ConversationId}?watermark=");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stream.StatusCode);
        Assert.Single((await bob.GetActivitiesAsync()).Activities);
    }

    [Fact]
    public async Task A_conversation_that_was_never_started_is_404_and_no_credentials_is_401()
    {
        using var app = new FrontDeskApp();
        var client = new DirectLineTestClient(app, app.CreateClient());
        var token = await client.PageTokenAsync();
        client.Token = token.GetProperty("token").GetString()!;
        var id = token.GetProperty("conversationId").GetString();

        using var notStarted = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities");
        using var anonymous = await app.CreateClient().GetAsync(new Uri($"/v3/directline/conversations/{id}/activities", UriKind.Relative));
        using var forged = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token: client.Token + "x");

        Assert.Equal(HttpStatusCode.NotFound, notStarted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task Generating_a_token_needs_the_configured_secret()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:Secret"] = "a-long-test-secret-0123456789";
        var client = new DirectLineTestClient(app, app.CreateClient());

        using var wrong = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token: "guess-guess-guess-guess");
        using var right = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate",
            new System.Text.Json.Nodes.JsonObject { ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "dl_kiosk1" } },
            token: "a-long-test-secret-0123456789");

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        client.Token = (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversationId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conversationId").GetString();
        using var poll = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        var greeting = (await poll.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities")[0];
        Assert.Equal("dl_kiosk1", greeting.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_idle_conversation_is_dropped_its_socket_closed_and_reconnecting_gets_404()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new FrontDeskApp(clock);
        var client = await StartAsync(app);
        using var socket = await client.ConnectStreamAsync();
        await socket.WaitForAsync(IsFromBot);

        // The page keeps refreshing its token, but nobody talks: the conversation goes idle.
        for (var minute = 1; minute <= 62; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            if (minute % 15 == 0)
            {
                using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
                client.Token = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var keepAlives = 0;
        while (await ReceiveFrameAsync(socket.Socket, timeout.Token) is { } frame)
        {
            Assert.Equal("", frame);
            keepAlives++;
        }
        Assert.True(keepAlives > 0, "the idle socket got keep-alive frames before it was closed");
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=1");
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }
}
