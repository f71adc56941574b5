using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FrontDesk.Tests.Visits.Kiosk;

// A walk-in registers through the real /lobby page in Debian's Chromium, and the host's card reaches Teams.
[Collection(ChromiumCollection.Name)]
public sealed class KioskPageTests(ChromiumFixture chromium, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly KioskInBrowser _kiosk = new(chromium);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _kiosk.DisposeAsync();

    [Fact]
    public async Task A_walk_in_registers_on_the_lobby_page_and_is_asked_to_take_a_seat()
    {
        _kiosk.App.Settings["Lobby:PrivacyNotice:en"] = "Harbour House keeps visitor records for 30 days.";
        _kiosk.Start();
        var host = await _kiosk.HostInChatAsync();
        var beforeVisit = _kiosk.Teams.Channel.MarkCalls();
        var lobby = await _kiosk.OpenAsync();
        var page = lobby.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "I'm a walk-in visitor" }).First.ClickAsync();
        await Expect(lobby.Shown("Harbour House keeps visitor records for 30 days.")).ToBeVisibleAsync();
        await lobby.FillWalkInAsync("Li Lei", "Tailspin", "alice wang", "Interview");

        // Web Chat's markdown turns the apostrophe typographic, so look for the words after it.
        await Expect(lobby.Shown("asked Alice Wang to let you in; please take a seat.")).ToBeVisibleAsync();
        await Expect(lobby.Shown("Registered")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Register" }).Locator("visible=true")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "kiosk-walk-in-registered.png") });
        Assert.Empty(await lobby.BlockedAsync());

        // The background sender delivers the host's card to Teams.
        var card = await _kiosk.CardReachingAsync(host, beforeVisit);
        Assert.Contains("Li Lei", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Interview", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hosts_answer_is_on_the_kiosk_within_a_second_of_the_tap()
    {
        _kiosk.Start();
        var host = await _kiosk.HostInChatAsync();
        var beforeVisit = _kiosk.Teams.Channel.MarkCalls();
        var lobby = await _kiosk.OpenAsync();
        await lobby.RegisterWalkInAsync("Li Lei", "Tailspin", "alice wang", "Interview");
        await Expect(lobby.Shown("asked Alice Wang to let you in")).ToBeVisibleAsync();
        var card = await _kiosk.CardReachingAsync(host, beforeVisit);
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
        await _kiosk.Teams.PressAsync(host, card, "Let in");

        await Expect(lobby.Shown("has confirmed your visit")).ToBeVisibleAsync();
        var drawnAt = await lobby.Page.EvaluateAsync<long>("window.answerDrawnAt");
        output.WriteLine($"The host's answer was on screen {drawnAt - pressedAt} ms after the tap.");
        Assert.InRange(drawnAt - pressedAt, 0, 1_000);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
