using System.ComponentModel.DataAnnotations;
using FrontDesk.Data.Directory;

namespace FrontDesk.Bot.Hosting;

// The building's settings (section "FrontDesk").
public sealed class FrontDeskOptions
{
    public const string Section = "FrontDesk";

    [Required]
    public string BuildingName { get; set; } = "FrontDesk";

    // IANA id; every time shown to a user is in this zone, every time stored is UTC.
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    // Used when a user's locale is neither English nor Chinese: "en" or "zh-Hans".
    [Required]
    [RegularExpression("^(en|zh-Hans)$")]
    public string FallbackLanguage { get; set; } = "en";

    // Where people reach the bot's web pages (links in Teams cards, e.g. exports).
    [Required]
    [Url]
    public string PublicUrl { get; set; } = "http://localhost:3978";

    // Desk staff and managers known before anyone talks to the bot; managers add more in chat.
    public List<StaffSeed> Staff { get; set; } = [];
}

public sealed class StaffSeed
{
    [Required]
    public string Name { get; set; } = "";

    [Required]
    [EmailAddress]
    public string Email { get; set; } = "";

    public StaffRole Role { get; set; } = StaffRole.Staff;
}
