namespace FrontDesk.Bot.Channels.Teams;

// The Azure Bot registration: root keys, not a section, because those are the names the Bot Framework SDK
// and Azure's templates use. Empty MicrosoftAppId = local development, unauthenticated, loopback only.
public sealed class BotCredentialsOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public static readonly IReadOnlyList<string> AppTypes = [MultiTenant, SingleTenant, UserAssignedMsi];

    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    public string MicrosoftAppType { get; set; } = MultiTenant;

    public string MicrosoftAppTenantId { get; set; } = "";

    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    // For what runs before the app is built (the listen address); everything later takes IOptions<BotCredentialsOptions>.
    public static BotCredentialsOptions From(IConfiguration configuration) => configuration.Get<BotCredentialsOptions>() ?? new();
}
