using System.ComponentModel.DataAnnotations;

namespace FrontDesk.Bot.Notifications;

// Section "Notifications": how the outbox is drained and retried, and how fast one conversation is sent to.
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    // Off only in tests that drive NotificationSender.DrainOnceAsync themselves.
    public bool SendInBackground { get; set; } = true;

    // The sender also looks for due rows this often (rows committed by another process, retries).
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    // A row claimed this long ago and not settled is taken again (the sender stopped mid-send).
    [Range(10, 3600)]
    public int LeaseSeconds { get; set; } = 300;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(0.1, 600)]
    public double RetryBaseSeconds { get; set; } = 2;

    [Range(1, 86400)]
    public double RetryCapSeconds { get; set; } = 600;

    // Teams' per-conversation limits for a bot: 7 messages a second and 60 in 30 seconds.
    [Range(1, 1000)]
    public int PerSecondPerConversation { get; set; } = 7;

    [Range(1, 10000)]
    public int Per30SecondsPerConversation { get; set; } = 60;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);
}
