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

    // Sends in flight at once, each to a different conversation (one conversation is sent to in order).
    [Range(1, 256)]
    public int MaxConcurrentSends { get; set; } = 16;

    // A send not answered by then frees its place for other conversations; its own conversation waits on.
    [Range(1, 300)]
    public int SendTimeoutSeconds { get; set; } = 15;

    // How long a send that timed out is still awaited (it may yet arrive) before it is tried again.
    [Range(1, 3600)]
    public int UnansweredSendWaitSeconds { get; set; } = 120;

    // A claimed row's lease, renewed while its send runs: after a crash the row is due again this soon.
    [Range(3, 3600)]
    public int LeaseSeconds { get; set; } = 10;


    // A ceiling on tries besides the time budgets below.
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 200;

    [Range(0.1, 600)]
    public double RetryBaseSeconds { get; set; } = 2;

    [Range(1, 86400)]
    public double RetryCapSeconds { get; set; } = 600;

    // A channel's Retry-After beyond this is cut to it (and logged): a misbehaving channel cannot park a notice for a day.
    [Range(1, 86400)]
    public int MaxRetryAfterSeconds { get; set; } = 600;

    // How long a notice is worth retrying, from when it was queued, per kind; other kinds get the default.
    public Dictionary<string, int> RetryBudgetMinutes { get; set; } = new(StringComparer.Ordinal)
    {
        ["visit.arrival"] = 720,
        ["visit.relay"] = 60,
        ["mail.urgent"] = 720,
        ["reports.daily"] = 360,
        ["reports.weekly"] = 1440,
    };

    [Range(1, 100_000)]
    public int DefaultRetryBudgetMinutes { get; set; } = 240;

    // A notice still not delivered this long after it was queued is reported to the desk, once.
    [Range(1, 100_000)]
    public int LateAlertMinutes { get; set; } = 5;

    // How often the outbox is looked through for notices later than that.
    [Range(1, 3600)]
    public int LateCheckSeconds { get; set; } = 30;

    // Teams' per-conversation limits for a bot: 7 a second, 8 in 2 seconds, 60 in 30 seconds, 1,800 an hour.
    [Range(1, 1000)]
    public int PerSecondPerConversation { get; set; } = 7;

    [Range(1, 1000)]
    public int Per2SecondsPerConversation { get; set; } = 8;

    [Range(1, 10000)]
    public int Per30SecondsPerConversation { get; set; } = 60;

    [Range(1, 100_000)]
    public int PerHourPerConversation { get; set; } = 1800;

    // Teams' limit for one app across all conversations in a tenant.
    [Range(1, 10000)]
    public int PerSecondPerTenant { get; set; } = 50;

    // A send whose tenant slot is at most this far off waits for it holding its place (and its lease) rather than
    // going back in line: the outbox is not read again for every slot. 0 sends only what may go at once (tests).
    [Range(0, 10_000)]
    public int PaceWaitMilliseconds { get; set; } = 1000;

    // A reply in a user's turn that Teams refuses (429/5xx) is retried for this long, then left to the outbox.
    [Range(0, 60)]
    public int TurnReplyRetrySeconds { get; set; } = 8;

    // How much longer than a second the tenant's window is (TenantRateLimiter): 50 per 1.05 s is 47.6 a second.
    public TimeSpan TenantMargin => TimeSpan.FromMilliseconds(50);

    public TimeSpan PaceWait => TimeSpan.FromMilliseconds(PaceWaitMilliseconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan Poll => TimeSpan.FromSeconds(PollSeconds);

    public TimeSpan SendTimeout => TimeSpan.FromSeconds(SendTimeoutSeconds);

    public TimeSpan UnansweredSendWait => TimeSpan.FromSeconds(UnansweredSendWaitSeconds);

    public TimeSpan MaxRetryAfter => TimeSpan.FromSeconds(MaxRetryAfterSeconds);

    public TimeSpan LateAfter => TimeSpan.FromMinutes(LateAlertMinutes);

    public TimeSpan RetryBudget(string kind) =>
        TimeSpan.FromMinutes(RetryBudgetMinutes.TryGetValue(kind, out var minutes) ? minutes : DefaultRetryBudgetMinutes);
}
