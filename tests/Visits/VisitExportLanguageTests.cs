using System.Net;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Visits;

// The register's download is in the language of the staff member who asked for it in Teams.
public class VisitExportLanguageTests
{
    [Fact]
    public async Task A_Chinese_speaking_desk_downloads_the_register_in_Chinese_and_an_English_one_in_English()
    {
        await using var h = await StartAsync();
        var desk = await h.StaffInChatAsync("Desk", "zh-CN");

        using var response = await DownloadAsync(h, await LinkAsync(h, desk, "访客记录 2026-11-01 2026-11-30", "zh-CN"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("访客记录-20261101-20261130.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = await LinesAsync(response);
        Assert.Equal("访客,访客单位,被访人,被访公司,来访事由,状态,临时来访,预约时间,到达时间,签到时间,离开时间,自动签退", lines[0]);
        Assert.StartsWith("\"张三\",\"北风\",\"王芳\",\"Contoso\",\"面试\",\"等待被访人确认\",\"是\",", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"否\"", lines[1], StringComparison.Ordinal);

        var english = await h.StaffInChatAsync("Desk2");
        using var inEnglish = await DownloadAsync(h, await LinkAsync(h, english, "visits 2026-11-01 2026-11-30", "en-US"));
        var englishLines = await LinesAsync(inEnglish);
        Assert.StartsWith("visitor,visitor_company,host,company,purpose,status,walk_in", englishLines[0], StringComparison.Ordinal);
        Assert.StartsWith("\"张三\",\"北风\",\"王芳\",\"Contoso\",\"面试\",\"waiting for the host\",\"yes\",", englishLines[1], StringComparison.Ordinal);
        Assert.Equal("visits-20261101-20261130.csv", inEnglish.Content.Headers.ContentDisposition?.FileNameStar ?? inEnglish.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task A_link_that_no_longer_works_says_so_in_the_askers_language()
    {
        await using var h = await StartAsync();
        var desk = await h.StaffInChatAsync("Desk", "zh-CN");
        var link = new Uri(await LinkAsync(h, desk, "访客记录", "zh-CN"));
        var spoiled = new Uri(link.AbsolutePath + "x" + link.Query, UriKind.Relative);

        using var response = await h.Teams.Client.GetAsync(spoiled);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>此下载链接已失效</h1>", page, StringComparison.Ordinal);
        Assert.Contains("前台机器人的下载链接 15 分钟内有效", page, StringComparison.Ordinal);
        Assert.Contains("This download link has expired", await (await h.Teams.Client.GetAsync(new Uri("/api/exports/visits/not-a-token", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // A walk-in visiting 王芳 of Contoso, waiting for her answer.
    internal static async Task<OutboxHarness> StartAsync()
    {
        var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        await h.TenantInChatAsync("王芳");
        var hostId = (await h.Teams.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Members))).Id;
        await h.Teams.App.Services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("张三", "北风", hostId, "面试", true, "a"), "l1", "zh-CN");
        return h;
    }

    // The download button of the register card the bot answered with.
    internal static async Task<string> LinkAsync(OutboxHarness h, TeamsUser desk, string typed, string locale)
    {
        var card = Assert.Single(await h.Teams.SayAsync(desk, typed, locale)).Card!;
        return (string)card.Descendants().OfType<JObject>().Single(o => (string?)o["type"] == "Action.OpenUrl")["url"]!;
    }

    internal static Task<HttpResponseMessage> DownloadAsync(OutboxHarness h, string link) =>
        h.Teams.Client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));

    private static async Task<string[]> LinesAsync(HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
