using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FrontDesk.Tests.Visits.Kiosk;

// A walk-in registers through the real /lobby page in Debian's Chromium, and the host's card reaches Teams.
[Collection(ChromiumCollection.Name)]
public sealed class KioskPageTests(ChromiumFixture chromium, ITestOutputHelper output) : IAsyncLifetime
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
        _context = await LobbyPage.NewContextAsync(chromium);
        var lobby = await LobbyPage.OpenAsync(_context, address);
        var page = lobby.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "I'm a walk-in visitor" }).First.ClickAsync();
        await Expect(lobby.Shown("Harbour House keeps visitor records for 30 days.")).ToBeVisibleAsync();
        await lobby.FillWalkInAsync("Li Lei", "Tailspin", "alice wang", "Interview");

        // Web Chat's markdown turns the apostrophe typographic, so look for the words after it.
        await Expect(lobby.Shown("asked Alice Wang to let you in; please take a seat.")).ToBeVisibleAsync();
        await Expect(lobby.Shown("Registered")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Register" }).Locator("visible=true")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "kiosk-walk-in-registered.png") });

        // The background sender delivers the host's card to Teams.
        var card = await ArrivalCardAsync(host, beforeVisit);
        Assert.Contains("Li Lei", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Interview", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hosts_answer_is_on_the_kiosk_within_a_second_of_the_tap()
    {
        var address = _app.StartRealServer();
        _teams = new TeamsHarness(_app);
        var host = await _teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");
        await _teams.SayAsync(host, "hi");
        var beforeVisit = _teams.Channel.MarkCalls();
        _context = await LobbyPage.NewContextAsync(chromium);
        var lobby = await LobbyPage.OpenAsync(_context, address);
        await lobby.RegisterWalkInAsync("Li Lei", "Tailspin", "alice wang", "Interview");
        await Expect(lobby.Shown("asked Alice Wang to let you in")).ToBeVisibleAsync();
        var card = await ArrivalCardAsync(host, beforeVisit);
        // The page notes the moment the answer is drawn (Expect's polling would add its own delay to the measure).
        await lobby.Page.EvaluateAsync("""
            (words) => {
              const drawn = () => Array.from(document.querySelectorAll('#webchat p'))
                .some(p => p.textContent.includes(words) && p.getBoundingClientRect().width > 4);
              new MutationObserver((_, observer) => {
                if (drawn()) { window.answerDrawnAt = Date.now(); observer.disconnect(); }
              }).observe(document.body, { childList: true, subtree: true, characterData: true });
            }
            """, "has confirmed your visit");

        var pressedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await _teams.PressAsync(host, card, "Let in");

        await Expect(lobby.Shown("has confirmed your visit")).ToBeVisibleAsync();
        var drawnAt = await lobby.Page.EvaluateAsync<long>("window.answerDrawnAt");
        output.WriteLine($"The host's answer was on screen {drawnAt - pressedAt} ms after the tap.");
        Assert.InRange(drawnAt - pressedAt, 0, 1_000);
    }

    // The background sender delivers the host's card to Teams.
    private async Task<RecordedCall> ArrivalCardAsync(TeamsUser host, int since)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_teams!.Channel.CallsSince(since).FirstOrDefault(c => c.ConversationId == host.ConversationId && c.Card is not null) is { } card)
            {
                return card;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No arrival card reached {host.Name}.");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
