namespace FrontDesk.Data.State;

// Conversation and user state of the bot, one JSON document per storage key.
public class BotStateEntry
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public required string ETag { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
