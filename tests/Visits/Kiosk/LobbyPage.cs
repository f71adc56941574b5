using FrontDesk.Tests.Channels.Lobby;
using Microsoft.Playwright;

namespace FrontDesk.Tests.Visits.Kiosk;

// The real /lobby page in Chromium as a visitor uses it: taps the menu, fills the walk-in form, reads what is shown.
public sealed class LobbyPage(IPage page)
{
    public IPage Page => page;

    public static async Task<LobbyPage> OpenAsync(IBrowserContext context, Uri address)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(RecordBlocked);
        await page.GotoAsync(new Uri(address, "/lobby").ToString());
        return new LobbyPage(page);
    }

    // What the page's content security policy blocked ("directive uri"), recorded from the first script on.
    public const string RecordBlocked = """
        window.blockedByPolicy = [];
        document.addEventListener('securitypolicyviolation', e => window.blockedByPolicy.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    public Task<string[]> BlockedAsync() => page.EvaluateAsync<string[]>("window.blockedByPolicy");

    public static Task<IBrowserContext> NewContextAsync(ChromiumFixture chromium) =>
        chromium.Browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 1000 } });

    public async Task RegisterWalkInAsync(string name, string company, string host, string purpose)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "I'm a walk-in visitor" }).First.ClickAsync();
        await FillWalkInAsync(name, company, host, purpose);
    }

    // Fills the walk-in form on screen and presses Register.
    public async Task FillWalkInAsync(string name, string company, string host, string purpose)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Your name" }).FillAsync(name);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Your company (optional)" }).FillAsync(company);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Whom are you visiting? (a person or a company)" }).FillAsync(host);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Purpose of your visit" }).FillAsync(purpose);
        // The screen-reader copy of the transcript has a checkbox too, without the label: take the card's own.
        await page.Locator("input[type=checkbox][aria-label='I agree to the privacy notice above']").CheckAsync();
        await page.Locator("button[aria-label='Register'], button:has-text('Register')").Locator("visible=true").Last.ClickAsync();
    }

    // Web Chat also keeps a visually hidden copy of the transcript for screen readers; tests look at what is seen.
    public ILocator Shown(string text) => page.GetByText(text).Locator("visible=true").First;

    // Every link in the transcript that would leave /lobby or open another window, as "href target".
    public Task<string[]> LinksAwayAsync() => page.EvaluateAsync<string[]>("""
        () => Array.from(document.querySelectorAll('#webchat a[href], #webchat area[href]'))
          .filter(a => { const to = new URL(a.href, location.href);
            return to.origin !== location.origin || !to.pathname.startsWith('/lobby') || (a.target && a.target !== '_self'); })
          .map(a => a.href + ' ' + (a.target || ''))
        """);

    // Clicks each place on screen where the words are written (not the screen-reader copy), one after another.
    public async Task<int> ClickEveryAsync(string words)
    {
        var clicked = 0;
        for (var i = 0; ; i++)
        {
            var spot = await page.EvaluateAsync<double[]?>("""
                ([words, index]) => {
                  const walker = document.createTreeWalker(document.querySelector('#webchat'), NodeFilter.SHOW_TEXT);
                  const found = [];
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.data.indexOf(words);
                    if (at < 0 || !node.parentElement.checkVisibility()) continue;
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + words.length);
                    if (range.getBoundingClientRect().width > 4) found.push(range);
                  }
                  const range = found[index];
                  if (!range) return null;
                  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
                  const box = range.getBoundingClientRect();
                  return [box.left + box.width / 2, box.top + box.height / 2];
                }
                """, new object[] { words, i });
            if (spot is null)
            {
                return clicked;
            }
            await page.Mouse.ClickAsync((float)spot[0], (float)spot[1]);
            clicked++;
        }
    }
}
