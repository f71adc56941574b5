using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.Playwright;

namespace FrontDesk.Tests.Visits.Kiosk;

// A walk-in registers through the real /lobby page in Debian's Chromium, and the host's card reaches Teams.
[Collection(ChromiumCollection.Name)]
public sealed class KioskPageTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly FrontDeskApp _app = new();
    private TeamsHarness? _teams;
    private IBrowserContext? _context;

    public Task InitializeAsync()
    {
        // Web Chat's bundle is large and the build machine is shared: allow for a slow first paint.
        Assertions.SetDefaultExpectTimeout(20_000);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
        if (_teams is not null)
        {
            await _teams.DisposeAsync();
        }
        _app.Dispose();
    }

    [Fact]
    public async Task A_walk_in_registers_on_the_lobby_page_and_is_asked_to_take_a_seat()
    {
        _app.Settings["Lobby:PrivacyNotice:en"] = "Harbour House keeps visitor records for 30 days.";
        var address = _app.StartRealServer();
        _teams = new TeamsHarness(_app);
        var host = await _teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");
        await _teams.SayAsync(host, "hi");
        var beforeVisit = _teams.Channel.MarkCalls();
        _context = await chromium.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 1000 } });
        var page = await _context.NewPageAsync();
        await page.GotoAsync(new Uri(address, "/lobby").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "I'm a walk-in visitor" }).First.ClickAsync();
        await Expect(Shown(page, "Harbour House keeps visitor records for 30 days.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Your name" }).FillAsync("Li Lei");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Your company (optional)" }).FillAsync("Tailspin");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Whom are you visiting? (a person or a company)" }).FillAsync("alice wang");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Purpose of your visit" }).FillAsync("Interview");
        // The screen-reader copy of the transcript has a checkbox too, without the label: take the card's own.
        await page.Locator("input[type=checkbox][aria-label='I agree to the privacy notice above']").CheckAsync();
        await page.Locator("button[aria-label='Register'], button:has-text('Register')").Locator("visible=true").Last.ClickAsync();

        // Web Chat's markdown turns the apostrophe typographic, so look for the words after it.
        await Expect(Shown(page, "asked Alice Wang to let you in; please take a seat.")).ToBeVisibleAsync();
        await Expect(Shown(page, "Registered")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Register" }).Locator("visible=true")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "kiosk-walk-in-registered.png") });

        // The background sender delivers the host's card to Teams.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        RecordedCall? card = null;
        while (card is null && DateTime.UtcNow < deadline)
        {
            card = _teams.Channel.CallsSince(beforeVisit).FirstOrDefault(c => c.ConversationId == host.ConversationId && c.Card is not null);
            await Task.Delay(200);
        }
        Assert.NotNull(card);
        Assert.Contains("Li Lei", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Interview", card.CardText, StringComparison.Ordinal);
    }

    // Web Chat also keeps a visually hidden copy of the transcript for screen readers; tests look at what is seen.
    private static ILocator Shown(IPage page, string text) => page.GetByText(text).Locator("visible=true").First;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
