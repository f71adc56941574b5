using FrontDesk.Bot.Channels.Lobby.DirectLine;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FrontDesk.Tests.Visits.Kiosk;

// The kiosk is a shared tablet: what a visitor typed never becomes a link, and no link takes it away from /lobby.
[Collection(ChromiumCollection.Name)]
public sealed class KioskLinkTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly KioskInBrowser _kiosk = new(chromium);
    private readonly List<string> _opened = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _kiosk.DisposeAsync();

    [Fact]
    public async Task A_walk_in_named_like_a_link_reads_their_name_as_text_and_tapping_it_keeps_the_kiosk_on_the_lobby()
    {
        var address = _kiosk.Start();
        await _kiosk.HostInChatAsync();
        var lobby = await OpenAsync(address);

        await lobby.RegisterWalkInAsync("[click](http://evil.example)", "Tailspin", "alice wang", "Meeting at www.evil.com");

        await Expect(lobby.Shown("asked Alice Wang to let you in")).ToBeVisibleAsync();
        await Expect(lobby.Shown("Registered")).ToBeVisibleAsync();
        await Expect(lobby.Shown("[click](http")).ToBeVisibleAsync();
        Assert.Empty(await lobby.LinksAwayAsync());
        // The name is in the summary and in the thank-you line; the purpose's address in the summary.
        Assert.True(await lobby.ClickEveryAsync("evil") >= 3);
        await lobby.Page.WaitForTimeoutAsync(500);
        Assert.Equal("/lobby", new Uri(lobby.Page.Url).AbsolutePath);
        Assert.Empty(_opened);
        await lobby.Page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "kiosk-link-shaped-name.png") });
    }

    [Fact]
    public async Task No_link_in_a_message_or_on_the_page_takes_the_kiosk_away_from_the_lobby()
    {
        var address = _kiosk.Start();
        var lobby = await OpenAsync(address);
        await Expect(lobby.Shown("What brings you here today?")).ToBeVisibleAsync();
        var conversationId = await lobby.Page.EvaluateAsync<string>("window.lobby.conversationId");

        await SayToKioskAsync(conversationId, "Read [our terms](https://evil.example/terms), https://evil.example/a or www.evil.com.");

        var input = lobby.Page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("my site is https://evil.example/me");
        await input.PressAsync("Enter");

        await Expect(lobby.Shown("our terms")).ToBeVisibleAsync();
        await Expect(lobby.Shown("my site is")).ToBeVisibleAsync();
        await Expect(lobby.Shown("catch that")).ToBeVisibleAsync();
        Assert.Empty(await lobby.LinksAwayAsync());
        // Whatever puts a link on the page later (a card, a script), tapping it goes nowhere.
        await lobby.Page.EvaluateAsync("""
            () => document.querySelector('#webchat').insertAdjacentHTML('afterbegin',
              '<p><a id="away" href="https://evil.example/">away</a> <a id="window" href="/lobby" target="_blank">window</a></p>')
            """);
        await lobby.Page.Locator("#away").ClickAsync();
        await lobby.Page.Locator("#window").ClickAsync();
        await lobby.Page.EvaluateAsync("() => window.open('https://evil.example/popup')");
        await lobby.Page.WaitForTimeoutAsync(500);

        Assert.Equal("/lobby", new Uri(lobby.Page.Url).AbsolutePath);
        Assert.Empty(_opened);
        await Expect(lobby.Shown("What brings you here today?")).ToBeVisibleAsync();
    }

    private async Task<LobbyPage> OpenAsync(Uri address)
    {
        // Nothing outside the test server answers; a window the page opens is still counted.
        var lobby = await _kiosk.OpenAsync(context =>
            context.RouteAsync(url => !url.StartsWith(address.ToString(), StringComparison.Ordinal), route => route.AbortAsync()));
        lobby.Page.Context.Page += (_, page) => _opened.Add(page.Url);
        return lobby;
    }

    // A message from the bot, as a proactive relay sends it to the visitor's conversation.
    private async Task SayToKioskAsync(string conversationId, string text)
    {
        var conversation = (await _kiosk.App.Services.GetRequiredService<IConversationStore>().FindAsync(conversationId))!;
        var reference = new ConversationReference
        {
            ChannelId = "directline",
            Conversation = new ConversationAccount(id: conversationId),
            Bot = LobbyAdapter.BotAccount,
            User = new ChannelAccount(conversation.UserId),
        };
        await _kiosk.App.Services.GetRequiredService<LobbyAdapter>().ContinueConversationAsync(LobbyAdapter.BotAccount.Id, reference,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(text), ct), CancellationToken.None);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
