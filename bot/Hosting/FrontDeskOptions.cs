using System.ComponentModel.DataAnnotations;
using FrontDesk.Data.Directory;

namespace FrontDesk.Bot.Hosting;

// The building's settings (section "FrontDesk").
public sealed class FrontDeskOptions
{
    public const string Section = "FrontDesk";

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
