using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Channels.Lobby;

// The kiosk page cannot be framed by another site, runs only its own scripts, and is never sniffed.
public class LobbyPageHeadersTests
{
    [Fact]
    public async Task The_lobby_page_sends_a_content_security_policy_no_framing_and_nosniff()
    {
        using var app = new FrontDeskApp();
        var http = app.CreateClient();

        using var page = await http.GetAsync(new Uri("/lobby", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/lobby/lobby.js", UriKind.Relative));

        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("nosniff", Assert.Single(script.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task In_Azure_mode_the_policy_lets_the_page_reach_Azures_Direct_Line()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:Mode"] = "Azure";
        app.Settings["Lobby:DirectLine:AzureSecret"] = "azure-secret-for-tests-0123456789";
        var http = app.CreateClient();

        using var page = await http.GetAsync(new Uri("/lobby", UriKind.Relative));

        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("https://directline.botframework.com", csp, StringComparison.Ordinal);
        Assert.Contains("wss://directline.botframework.com", csp, StringComparison.Ordinal);
    }
}
