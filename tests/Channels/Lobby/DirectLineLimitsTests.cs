using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FrontDesk.Tests.Harness;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

// The local Direct Line's limits as a kiosk meets them: tokens per kiosk, refreshes, room for conversations.
public class DirectLineLimitsTests
{
    [Fact]
    public async Task A_refreshed_token_replaces_the_old_one()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        var original = client.Token;

        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        using var withOld = await client.PostTextAsync("hello");
        using var refreshWithOld = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refreshWithOld.StatusCode);
        client.Token = refreshed;
        using var withNew = await client.PostTextAsync("hello");
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.NotEqual(original, refreshed);
    }

    [Fact]
    public async Task Token_refreshes_are_limited_per_conversation_with_Retry_After()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:RefreshesPerHour"] = "2";
        var client = await StartAsync(app);
        var other = await StartAsync(app);

        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 3; i++)
        {
            using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
            statuses.Add(refresh.StatusCode);
            retryAfter = refresh.Headers.RetryAfter?.Delta;
            if (refresh.IsSuccessStatusCode)
            {
                client.Token = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            }
        }
        using var otherRefresh = await other.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.OK, otherRefresh.StatusCode);
        using var stillWorks = await client.PostTextAsync("hello");
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task Kiosks_behind_one_address_each_get_their_own_token_allowance_and_Retry_After()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:TokenRequestsPerMinute"] = "2";
        var http = app.CreateClient();

        var east = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 3; i++)
        {
            using var response = await PageTokenAsync(http, "kiosk-east");
            east.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.Delta;
        }
        using var west = await PageTokenAsync(http, "kiosk-west");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], east);
        Assert.Equal(HttpStatusCode.OK, west.StatusCode);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task One_address_has_a_ceiling_however_many_kiosks_it_claims()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:TokenRequestsPerMinutePerAddress"] = "3";
        var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var kiosk in new[] { "a", "b", "c", "d" })
        {
            using var response = await PageTokenAsync(http, kiosk);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_flood_of_new_conversations_does_not_evict_a_visitor_in_the_middle_of_registering()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:MaxConversations"] = "3";
        var visitor = await StartAsync(app);
        using var tap = await visitor.PostTextAsync("I'm a walk-in visitor");
        Assert.Equal(HttpStatusCode.OK, tap.StatusCode);

        var flood = new List<DirectLineTestClient>();
        for (var i = 0; i < 4; i++)
        {
            flood.Add(await StartAsync(app));
        }

        using var next = await visitor.PostTextAsync("I'm leaving", "c2");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains((await visitor.GetActivitiesAsync()).Activities, a => Text(a).Contains("To check out", StringComparison.Ordinal));
        using var newest = await flood[^1].PostTextAsync("hello");
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
    }

    private static async Task<HttpResponseMessage> PageTokenAsync(HttpClient http, string kiosk)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/lobby/token", UriKind.Relative));
        request.Headers.Add("X-Lobby-Kiosk", kiosk);
        return await http.SendAsync(request);
    }
}
