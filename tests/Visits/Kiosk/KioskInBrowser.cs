using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.Playwright;

namespace FrontDesk.Tests.Visits.Kiosk;

// The app on a real loopback port with the fake Teams channel, and the lobby page open in Chromium: what a
// kiosk browser test needs, set up once and taken down in order (browser contexts, Teams, the app).
public sealed class KioskInBrowser(ChromiumFixture chromium) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private TeamsHarness? _teams;

    public FrontDeskApp App { get; } = new();

    public Uri Address { get; private set; } = null!;

    public TeamsHarness Teams => _teams ?? throw new InvalidOperationException("Start the server first.");

    // Settings go into App.Settings before this.
    public Uri Start()
    {
        // Web Chat's bundle is large and the build machine is shared: allow for a slow first paint.
        Assertions.SetDefaultExpectTimeout(20_000);
        Address = App.StartRealServer();
        _teams = new TeamsHarness(App);
        return Address;
    }

    // Contoso's Alice Wang, who has said hello to the bot in Teams, so visits can be announced to her.
    public async Task<TeamsUser> HostInChatAsync()
    {
        var host = await Teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");
        await Teams.SayAsync(host, "hi");
        return host;
    }

    // A fresh browser context on /lobby; prepare runs on the context before the page opens.
    public async Task<LobbyPage> OpenAsync(Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await LobbyPage.NewContextAsync(chromium);
        _contexts.Add(context);
        if (prepare is not null)
        {
            await prepare(context);
        }
        return await LobbyPage.OpenAsync(context, Address);
    }

    // The background sender delivers to Teams on its own: wait for the first card the user receives after the mark.
    public async Task<RecordedCall> CardReachingAsync(TeamsUser user, int since)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (Teams.Channel.CallsSince(since).FirstOrDefault(c => c.ConversationId == user.ConversationId && c.Card is not null) is { } card)
            {
                return card;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No card reached {user.Name}.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
        if (_teams is not null)
        {
            await _teams.DisposeAsync();
        }
        App.Dispose();
    }
}
