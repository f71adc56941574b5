using FrontDesk.Tests.Harness;
using Microsoft.Playwright;

namespace FrontDesk.Tests.Channels.Lobby;

[Collection(ChromiumCollection.Name)]
public sealed class LobbyPageTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly FrontDeskApp _app = new();
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync()
    {
        // Web Chat's bundle is large and the build machine is shared: allow for a slow first paint.
        Assertions.SetDefaultExpectTimeout(20_000);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
        _app.Dispose();
    }

    [Fact]
    public async Task The_greeting_renders_and_a_tapped_button_and_typed_text_get_answers()
    {
        _app.Settings["FrontDesk:BuildingName"] = "Harbour House";
        _app.Settings["Lobby:LogoUrl"] = "/lobby/harbour-logo.png";
        var page = await OpenAsync("en-US");
        await Expect(Shown(page, "Welcome to Harbour House")).ToBeVisibleAsync();
        await Expect(page.Locator("#logo")).ToHaveAttributeAsync("src", "/lobby/harbour-logo.png");
        await Expect(page.Locator("#building")).ToHaveTextAsync("Harbour House");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "I'm a walk-in visitor" }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "lobby-greeting-en.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "I'm a walk-in visitor" }).First.ClickAsync();
        await Expect(Shown(page, "whom you are visiting")).ToBeVisibleAsync();

        // The walk-in form has text boxes of its own now: type into Web Chat's send box.
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("I'm leaving now");
        await input.PressAsync("Enter");
        await Expect(Shown(page, "To check out, tell us your name or invitation code below.")).ToBeVisibleAsync();
        // Web Chat marks a message "sent" only when its echo (same clientActivityID) comes back on the stream.
        var states = await page.EvaluateAsync<string[]>(
            "window.lobby.store.getState().activities.filter(a => a.from.role === 'user').map(a => a.channelData.state)");
        Assert.Equal(["sent", "sent"], states);
        // Web Chat, its cards and its styles all run under the page's content security policy.
        Assert.Empty(await page.EvaluateAsync<string[]>("window.blockedByPolicy"));
    }

    [Fact]
    public async Task A_Chinese_browser_gets_the_Chinese_page_and_greeting()
    {
        _app.Settings["FrontDesk:BuildingName"] = "海港大厦";
        var page = await OpenAsync("zh-CN");

        await Expect(Shown(page, "欢迎来到海港大厦")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "我是临时来访" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#restart")).ToHaveTextAsync("重新开始");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ChromiumFixture.ArtifactsFolder, "lobby-greeting-zh-Hans.png") });
    }

    [Fact]
    public async Task The_language_buttons_restart_the_page_in_the_other_language()
    {
        var page = await OpenAsync("en-US");
        await Expect(Shown(page, "What brings you here today?")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).Last.ClickAsync();

        await Expect(Shown(page, "请问您今天来访的目的是什么？")).ToBeVisibleAsync();
        await Expect(page.Locator("#restart")).ToHaveTextAsync("重新开始");
        await Expect(Shown(page, "What brings you here today?")).ToHaveCountAsync(0);

        await page.Locator("#language").ClickAsync();

        await Expect(Shown(page, "What brings you here today?")).ToBeVisibleAsync();
        await Expect(page.Locator("#restart")).ToHaveTextAsync("Start over");
    }

    [Fact]
    public async Task After_the_idle_time_a_fresh_conversation_replaces_the_last_visitors_chat()
    {
        _app.Settings["Lobby:IdleResetMinutes"] = "0.05";
        var page = await OpenAsync("en-US");
        await page.GetByRole(AriaRole.Button, new() { Name = "Leave feedback" }).First.ClickAsync();
        await Expect(Shown(page, "love to hear from you")).ToBeVisibleAsync();
        var before = await page.EvaluateAsync<string>("window.lobby.conversationId");

        await Expect(Shown(page, "love to hear from you")).ToHaveCountAsync(0, new() { Timeout = 15_000 });

        await Expect(Shown(page, "What brings you here today?")).ToBeVisibleAsync();
        var after = await page.EvaluateAsync<string>("window.lobby.conversationId");
        Assert.NotEqual(before, after);
    }

    private async Task<IPage> OpenAsync(string locale)
    {
        var address = _app.StartRealServer();
        var context = await chromium.Browser.NewContextAsync(new()
        {
            Locale = locale,
            ViewportSize = new() { Width = 1280, Height = 800 },
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(FrontDesk.Tests.Visits.Kiosk.LobbyPage.RecordBlocked);
        await page.GotoAsync(new Uri(address, "/lobby").ToString());
        return page;
    }

    // Web Chat also keeps a visually hidden copy of the transcript for screen readers; tests look at what is seen.
    private static ILocator Shown(IPage page, string text) => page.GetByText(text).Locator("visible=true").First;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
