using FrontDesk.Data.Directory;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FrontDesk.Tests.Feedback;

// A visitor checks out on the real /lobby page in Debian's Chromium, is offered feedback, gives two stars with
// a comment, and the manager's alert reaches Teams.
[Collection(ChromiumCollection.Name)]
public sealed class KioskFeedbackPageTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly KioskInBrowser _kiosk = new(chromium);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _kiosk.DisposeAsync();

    [Fact]
    public async Task A_visitor_checks_out_gives_two_stars_with_a_comment_and_the_manager_is_alerted()
    {
        _kiosk.Start();
        var teams = _kiosk.Teams;
        await _kiosk.HostInChatAsync();
        var manager = await teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        await teams.SayAsync(manager, "hi");
        var memberId = await teams.WithDbAsync(db => Task.FromResult(db.Members.Single(m => m.Email == "alice@contoso.com").Id));
        var visit = await _kiosk.App.Services.GetRequiredService<LobbyCheckIn>()
            .WalkInAsync(new WalkInRequest("Li Lei", "Tailspin", memberId, "Interview", true, "t1"), "dl-elsewhere", "en");
        var mark = teams.Channel.MarkCalls();
        var lobby = await _kiosk.OpenAsync();
        var page = lobby.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "I'm leaving" }).Locator("visible=true").First.ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Your name or invitation code" }).Locator("visible=true").FillAsync("Li Lei");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find me" }).Locator("visible=true").Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, check me out" }).Locator("visible=true").Last.ClickAsync();

        await Expect(lobby.Shown("how was your visit? It takes a moment")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "★★☆☆☆ 2 – Poor" }).Locator("visible=true").CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Reception" }).Locator("visible=true").CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment (optional, at most 2000 characters)" }).Locator("visible=true")
            .FillAsync("Waited 15 minutes for a badge [here](http://evil.example).");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "kiosk-feedback-form.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).Locator("visible=true").Last.ClickAsync();

        await Expect(lobby.Shown("Thank you for your feedback! Have a good day.")).ToBeVisibleAsync();
        await Expect(lobby.Shown("Feedback sent")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "kiosk-feedback-sent.png") });

        // The background sender delivers the manager's alert to Teams.
        var alert = await _kiosk.CardReachingAsync(manager, mark);
        Assert.Contains("Low rating: 2 of 5 for Reception", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("Waited 15 minutes for a badge [here](http://evil.example).", alert.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\[here\]", alert.RawCardText, StringComparison.Ordinal);
        Assert.Contains("At the lobby kiosk", alert.CardText, StringComparison.Ordinal);
        var row = await teams.WithDbAsync(db => Task.FromResult(db.Feedback.Single()));
        Assert.Equal((2, visit.Visit!.Id), (row.Rating, row.VisitId));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
