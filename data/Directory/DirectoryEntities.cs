namespace FrontDesk.Data.Directory;

// A tenant company renting space in the building.
public class Company
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Floor { get; set; }
    public string? Suite { get; set; }
    // Other names people use for the company (English/Chinese names, abbreviations), separated by ';'.
    public string Aliases { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<Member> Members { get; set; } = [];
}

// An employee of a tenant company.
public class Member
{
    public int Id { get; set; }
    public int CompanyId { get; set; }
    public Company? Company { get; set; }
    public required string Name { get; set; }
    // Stored lower-case and trimmed; unique across members.
    public required string Email { get; set; }
    public string? Phone { get; set; }
    // Set when the member first talks to the bot in Teams and is matched by email.
    public string? AadObjectId { get; set; }
    public DateTimeOffset? LinkedAt { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}

public enum StaffRole
{
    Staff = 1,
    Manager = 2,
}

// Front-desk staff and managers of the building.
public class StaffMember
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public StaffRole Role { get; set; }
    public string? AadObjectId { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset AddedAt { get; set; }
    public string? AddedBy { get; set; }
}

// Where the bot can reach a user or a chat later (proactive messages). One row per conversation.
public class ConversationReferenceRecord
{
    public int Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public string? ConversationType { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? TenantId { get; set; }
    public required string ServiceUrl { get; set; }
    // The Bot Framework ConversationReference as JSON; data/ does not know its shape.
    public required string ReferenceJson { get; set; }
    // "en" or "zh-Hans", from the last activity with a locale; null = the app's fallback language.
    public string? Language { get; set; }
    // False once the bot is uninstalled from that conversation.
    public bool Installed { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
