using FrontDesk.Bot.Features.Reports;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Reports;

// The full weekly report page: opened from the card in Chromium with its charts drawn, for the manager it was
// sent to only, and not once the link is altered, someone else's or expired.
[Collection(ChromiumCollection.Name)]
public sealed class WeeklyReportPageTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly KioskInBrowser _server = new(chromium);
    private IBrowserContext? _browser;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        await _server.DisposeAsync();
    }

    private static string Link(RecordedCall card, string title) =>
        (string)card.Card!.Descendants().OfType<JObject>().Single(a => (string?)a["type"] == "Action.OpenUrl" && (string?)a["title"] == title)["url"]!;

    private static Uri Local(string link) => new(new Uri(link).PathAndQuery, UriKind.Relative);

    [Theory]
    [InlineData("en-US", "Full report", "Weekly report", "Desk interactions by weekday and hour")]
    [InlineData("zh-CN", "完整报告", "周报", "按星期和小时的前台服务次数")]
    public async Task A_manager_opens_the_full_report_from_the_card_and_finds_the_charts_drawn(string locale, string button, string title, string chart)
    {
        var address = _server.Start();
        var teams = _server.Teams;
        var host = await _server.HostInChatAsync();
        var manager = await teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        await teams.SayAsync(manager, "hi", locale);
        // Some traffic last week, so the charts have data to draw.
        await teams.WithDbAsync(async db =>
        {
            var member = db.Members.Single();
            var start = ReportPeriod.WeekOf(DateOnly.FromDateTime(DateTime.UtcNow)).Previous.Start;
            for (var i = 0; i < 12; i++)
            {
                var arrived = new DateTimeOffset(start.AddDays(i % 5).ToDateTime(new TimeOnly(9 + (i % 6), 0)), TimeSpan.FromHours(8)).ToUniversalTime();
                db.Visits.Add(new Data.Visits.Visit
                {
                    Status = Data.Visits.VisitStatus.CheckedOut,
                    VisitorName = $"Visitor {i}",
                    Purpose = "Meeting",
                    HostMemberId = member.Id,
                    CompanyId = member.CompanyId,
                    CreatedAt = arrived,
                    CreatedBy = "test",
                    ArrivedAt = arrived,
                    HostAnswer = Data.Visits.HostAnswer.ComingDown,
                    HostAnsweredAt = arrived.AddMinutes(3),
                });
            }
            return await db.SaveChangesAsync();
        });
        var card = await teams.OpenAsync(manager, locale.StartsWith("zh", StringComparison.Ordinal) ? "报告" : "report", locale);
        var page = new Uri(Link(card, button)).PathAndQuery;

        _browser = await chromium.Browser.NewContextAsync(new() { Locale = locale });
        var tab = await _browser.NewPageAsync();
        await tab.GotoAsync(new Uri(address, page).ToString());
        Assert.Contains(title, await tab.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await tab.Locator("svg").CountAsync() >= 4);
        Assert.True(await tab.Locator("svg rect").CountAsync() > 24 * 7, "the heatmap draws a cell per weekday and hour");
        Assert.Contains(chart, await tab.Locator("svg").First.InnerHTMLAsync(), StringComparison.Ordinal);
        await tab.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, $"weekly-report-{locale}.png"), FullPage = true });
        var pdf = await tab.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000);
        _ = host;
    }

    [Fact]
    public async Task The_page_and_its_chart_images_refuse_an_altered_link_someone_elses_and_an_expired_one()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        await using var teams = new TeamsHarness(app);
        var manager = await teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        var desk = await teams.AddStaffAsync("Desk Zhou", "desk@building.com", StaffRole.Staff);
        await teams.SayAsync(manager, "hi");
        await teams.SayAsync(desk, "hi");
        var card = await teams.OpenAsync(manager, "report");
        var page = Link(card, "Full report");
        var image = (string)card.Card!.Descendants().OfType<JObject>().First(o => (string?)o["type"] == "Image")["url"]!;

        using (var ok = await teams.Client.GetAsync(Local(page)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, ok.StatusCode);
            Assert.Contains("<svg", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var png = await teams.Client.GetAsync(Local(image)))
        {
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        }
        // Altered: one character of the token changed, or the week in the address changed.
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(page).Query)["token"]!;
        var altered = page.Replace(Uri.EscapeDataString(token), Uri.EscapeDataString(token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1]), StringComparison.Ordinal);
        var otherWeek = page.Replace("/2026-W48", "/2026-W47", StringComparison.Ordinal);
        // Someone else's: a link made for a desk member who is not a manager.
        var links = teams.App.Services.GetRequiredService<WeeklyReportLinks>();
        var forDesk = links.PageLink(ReportPeriod.Parse("2026-W48")!, "en", desk.AadObjectId).ToString();
        foreach (var refused in new[] { altered, otherWeek, forDesk })
        {
            using var response = await teams.Client.GetAsync(Local(refused));
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("This download link has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        clock.Advance(TimeSpan.FromMinutes(16));
        using var expired = await teams.Client.GetAsync(Local(page));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, expired.StatusCode);
        using var expiredImage = await teams.Client.GetAsync(Local(image));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, expiredImage.StatusCode);
    }
}
