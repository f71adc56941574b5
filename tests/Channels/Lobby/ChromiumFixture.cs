using FrontDesk.Tests.Harness;
using Microsoft.Playwright;

namespace FrontDesk.Tests.Channels.Lobby;

// One headless Debian Chromium for all lobby browser tests (they share a collection, so they run one at a time).
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsFolder
    {
        get
        {
            var artifacts = Path.Combine(Repository.Root, "tests", "artifacts");
            System.IO.Directory.CreateDirectory(artifacts);
            return artifacts;
        }
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Lobby in Chromium";
}
