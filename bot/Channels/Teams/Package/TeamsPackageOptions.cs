namespace FrontDesk.Bot.Channels.Teams.Package;

// Section "TeamsApp": what the sideloadable Teams app package says about the bot.
public sealed class TeamsPackageOptions
{
    public const string Section = "TeamsApp";

    // The Teams app's own id; defaults to the bot's MicrosoftAppId.
    public string? AppId { get; set; }
    public string Version { get; set; } = "1.0.0";
    public string ShortName { get; set; } = "FrontDesk";
    public string DeveloperName { get; set; } = "FrontDesk.Bot";
    public string WebsiteUrl { get; set; } = "https://example.com/frontdesk";
    public string PrivacyUrl { get; set; } = "https://example.com/frontdesk/privacy";
    public string TermsOfUseUrl { get; set; } = "https://example.com/frontdesk/terms";
    public string AccentColor { get; set; } = "#2E6B5E";
    public List<string> ValidDomains { get; set; } = [];
}
