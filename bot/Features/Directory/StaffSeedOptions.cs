using FrontDesk.Data.Directory;

namespace FrontDesk.Bot.Features.Directory;

// "FrontDesk:Staff": desk staff and managers known before anyone talks to the bot; managers add more in chat.
public sealed class StaffSeedOptions
{
    public const string Section = "FrontDesk";

    public List<StaffSeed> Staff { get; set; } = [];
}

public sealed class StaffSeed
{
    public const int MaxNameLength = 100;

    public static readonly IReadOnlyList<string> Roles = [nameof(StaffRole.Staff), nameof(StaffRole.Manager)];

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    // Text, not StaffRole: the binder would take "3" as a role and fail "Janitor" with a conversion error, not a validation message.
    public string Role { get; set; } = nameof(StaffRole.Staff);

    // Only called on validated options.
    public StaffRole ParsedRole => Enum.Parse<StaffRole>(Role.Trim(), ignoreCase: true);
}
