namespace FrontDesk.Bot.Features;

// The building's settings in section "FrontDesk" (the staff list there is the directory's: StaffSeedOptions).
public sealed class BuildingOptions
{
    public const string Section = "FrontDesk";

    public const int MaxNameLength = 100;

    // Shown on the kiosk and in cards ("Welcome to …", "collect it at the … front desk").
    public string BuildingName { get; set; } = "FrontDesk Tower";

    // IANA id; every time shown to a user is in this zone, every time stored is UTC.
    public string TimeZone { get; set; } = "Asia/Shanghai";

    // Used when a user's locale is neither English nor Chinese: "en" or "zh-Hans".
    public string FallbackLanguage { get; set; } = "en";

    // Where people reach the bot's web pages (links in Teams cards, e.g. exports).
    public string PublicUrl { get; set; } = "http://localhost:3978";

    // Only called on validated options; the trailing '/' keeps a path in PublicUrl when links are made from it.
    public Building ToBuilding() =>
        new(BuildingName.Trim(), TimeZoneInfo.FindSystemTimeZoneById(TimeZone), new Uri(PublicUrl.TrimEnd('/') + "/"));
}
