using System.ComponentModel.DataAnnotations;

namespace FrontDesk.Bot.Features.Mail;

// Section "Mail".
public sealed class MailOptions
{
    public const string Section = "Mail";

    // Ordinary items wait this long so one notice covers everything that arrived for a recipient meanwhile.
    [Range(1, 1440)]
    public int BatchMinutes { get; set; } = 15;

    // R4: an item not collected or delivered within this many hours of logging is escalated.
    [Range(1, 720)]
    public int DeliveryHours { get; set; } = 24;

    // How often the background round batches notices and escalates overdue items.
    [Range(5, 3600)]
    public int RoundSeconds { get; set; } = 60;
}
