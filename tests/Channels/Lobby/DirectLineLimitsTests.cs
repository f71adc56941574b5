using System.Net;
using FrontDesk.Tests.Harness;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

// The local Direct Line's limits as a kiosk meets them: tokens per kiosk, refreshes, room for conversations.
public class DirectLineLimitsTests
{
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
}
