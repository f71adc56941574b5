using System.Text.Json.Nodes;
using FrontDesk.Tests.Harness;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

// What the visitor desk answers on the lobby's Direct Line: never silence.
public class VisitorDeskTests
{
    [Fact]
    public async Task Text_the_desk_does_not_understand_gets_an_apology_and_the_choices_again()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var post = await client.PostTextAsync("qwerty asdf");

        var (activities, _) = await client.GetActivitiesAsync("1");
        Assert.Equal("qwerty asdf", Text(activities[0]));
        Assert.Contains("didn't catch that", Text(activities[1]), StringComparison.Ordinal);
        var menu = VisibleText.Of(activities[2]);
        Assert.Contains("I have an invitation code", menu, StringComparison.Ordinal);
        Assert.Contains("Leave feedback", menu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tapped_choice_is_answered_in_the_language_it_names()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var post = await client.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["locale"] = "en-US",
            ["value"] = new JsonObject { ["lobby"] = "language", ["language"] = "zh-Hans" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "tap-1" },
        });

        var (activities, _) = await client.GetActivitiesAsync("1");
        Assert.Equal("以下是中文选项。", Text(activities[1]));
        Assert.Contains("我有邀请码", VisibleText.Of(activities[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Chinese_conversation_is_greeted_in_Chinese_and_typed_Chinese_is_understood()
    {
        using var app = new FrontDeskApp();
        app.Settings["FrontDesk:BuildingName"] = "海港大厦";
        var client = await StartAsync(app, locale: "zh-CN");

        var greeting = VisibleText.Of((await client.GetActivitiesAsync()).Activities[0]);
        using var post = await client.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "我要离开", ["locale"] = "zh-CN" });

        Assert.Contains("欢迎来到海港大厦", greeting, StringComparison.Ordinal);
        Assert.Contains("我是临时来访", greeting, StringComparison.Ordinal);
        Assert.Contains("签退请在下方输入您的姓名或邀请码", Text((await client.GetActivitiesAsync("1")).Activities[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_and_typing_get_no_reply()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        using var typing = await client.PostAsync(new JsonObject { ["type"] = "typing" });
        using var joined = await client.PostAsync(new JsonObject { ["type"] = "event", ["name"] = "webchat/join" });

        var (activities, _) = await client.GetActivitiesAsync("1");
        Assert.Equal(System.Net.HttpStatusCode.OK, typing.StatusCode);
        var echo = Assert.Single(activities);
        Assert.Equal("event", echo.GetProperty("type").GetString());
    }
}
