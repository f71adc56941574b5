using System.Text.Json.Nodes;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Visits.Kiosk;

// A Chinese visitor at an English keyboard types the host's name in pinyin.
public sealed class PinyinHostTests : IAsyncLifetime
{
    private readonly KioskHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData("zhang wei")]
    [InlineData("Zhangwei")]
    public async Task A_walk_in_finds_the_host_by_pinyin(string typed)
    {
        var host = await _h.HostInChatAsync("张伟", "Contoso");
        var visitor = await _h.VisitorAsync("zh-CN");
        await visitor.TapAsync("walkin");

        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject
        {
            ["name"] = "李雷",
            ["company"] = "Tailspin",
            ["host"] = typed,
            ["purpose"] = "面试",
            ["consent"] = "true",
        });

        Assert.Equal("谢谢您，李雷。我们已请 张伟 允许您进入，请稍坐。", await visitor.LastTextAsync());
        Assert.Single(await _h.VisitsAsync());
        await _h.DrainAsync();
        Assert.Contains(_h.DeliveredTo(host), c => c.Card is not null && c.CardText.Contains("李雷", StringComparison.Ordinal));
    }
}
