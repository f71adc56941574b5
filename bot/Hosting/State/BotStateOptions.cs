using System.ComponentModel.DataAnnotations;

namespace FrontDesk.Bot.Hosting.State;

// Section "BotState": how long conversation state not written is kept.
public sealed class BotStateOptions
{
    public const string Section = "BotState";

    // Kiosk forms of conversations that ended while the app was down, chats long quiet: gone after this.
    [Range(1, 365)]
    public int KeepDays { get; set; } = 7;

    // Tests that call BotStatePurge.RunOnceAsync themselves turn the daily round off.
    public bool PurgeInBackground { get; set; } = true;
}
