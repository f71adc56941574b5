namespace FrontDesk.Bot.Channels.Lobby;

// Configuration section "Lobby": the kiosk page and the Direct Line it talks to.
public sealed class LobbyOptions
{
    public const string Section = "Lobby";

    // Lobby:BuildingName, read only to refuse it: the kiosk shows FrontDesk:BuildingName, as the cards do.
    [ConfigurationKeyName("BuildingName")]
    public string? RetiredBuildingName { get; set; }

    public string? LogoUrl { get; set; }

    // After this long without a touch or a message the page starts a fresh conversation.
    public double IdleResetMinutes { get; set; } = 3;

    // The page's language when the browser asks for neither English nor Chinese.
    public string Language { get; set; } = "en";

    // Per kiosk (the page's X-Lobby-Kiosk id at one address): the page asks for one token per visitor.
    public int TokenRequestsPerMinute { get; set; } = 20;

    // Per client address, whatever kiosk ids it sends: room for several kiosks behind one NAT.
    public int TokenRequestsPerMinutePerAddress { get; set; } = 120;

    // Different invitation codes that may fail in one kiosk conversation before it takes no more (guessing).
    public int MaxWrongCodes { get; set; } = 5;

    // The building's privacy notice a walk-in agrees to, per language ("en", "zh-Hans"); a general default when unset.
    public Dictionary<string, string> PrivacyNotice { get; set; } = [];

    public DirectLineOptions DirectLine { get; set; } = new();
}

public enum DirectLineMode
{
    Local,
    Azure,
}

public sealed class DirectLineOptions
{
    public DirectLineMode Mode { get; set; } = DirectLineMode.Local;

    // The local server's secret for /tokens/generate; a random one is made at start when unset.
    public string? Secret { get; set; }

    public string? AzureSecret { get; set; }

    public string AzureEndpoint { get; set; } = "https://directline.botframework.com/v3/directline";

    public int TokenMinutes { get; set; } = 30;

    // Per conversation; Web Chat refreshes every 15 minutes.
    public int RefreshesPerHour { get; set; } = 12;

    public int ConversationIdleMinutes { get; set; } = 60;

    public int MaxConversations { get; set; } = 1000;

    public int MaxActivitiesPerConversation { get; set; } = 500;

    public int MaxActivityBytes { get; set; } = 256 * 1024;

    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    // All conversations' uploaded files together, in memory; an upload past it is refused with 507.
    public long UploadBudgetBytes { get; set; } = 64L * 1024 * 1024;

    public int PostsPerMinute { get; set; } = 60;

    public int KeepAliveSeconds { get; set; } = 15;
}
