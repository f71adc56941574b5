namespace FrontDesk.Bot.Notifications;

// Teams' limit for one app across every conversation of a tenant: 50 requests a second, kept over a sliding window
// 50 ms longer than a second. Teams counts arrivals, which a busy host spreads by a few ms; the longer window keeps
// any second, however Teams cuts it, within the limit. Sends that may wait for their slot are also spaced (one every
// 1.05 s / 50): a backlog goes out evenly instead of in bursts of 50, and a send waits a moment, not a whole window.
// Not thread-safe: its owner locks.
public sealed class TenantRateLimiter(NotificationsOptions options)
{
    private readonly Dictionary<string, RateWindows> _tenants = new(StringComparer.Ordinal);

    // The first slot at or after now, and after every slot already taken (a send waiting for its slot holds it).
    public DateTimeOffset NextSlot(string tenant, DateTimeOffset now, bool spaced) => Slot(options, Of(tenant), now, spaced);

    public void Take(string tenant, DateTimeOffset at) => Of(tenant).Take(at);

    // The same rule over slots read from elsewhere (the database several hosts share).
    public static DateTimeOffset NextSlot(NotificationsOptions options, IEnumerable<DateTimeOffset> taken, DateTimeOffset now, bool spaced)
    {
        var windows = Windows(options);
        foreach (var at in taken.Order())
        {
            windows.Take(at);
        }
        return Slot(options, windows, now, spaced);
    }

    public static TimeSpan Window(NotificationsOptions options) => TimeSpan.FromSeconds(1) + options.TenantMargin;

    private static DateTimeOffset Slot(NotificationsOptions options, RateWindows windows, DateTimeOffset now, bool spaced)
    {
        var after = now;
        if (windows.Last is { } last)
        {
            var next = spaced ? last + Spacing(options) : last;
            after = next > now ? next : now;
        }
        return windows.NextFree(after) ?? after;
    }

    public static TimeSpan Spacing(NotificationsOptions options) => Window(options) / options.PerSecondPerTenant;

    private static RateWindows Windows(NotificationsOptions options) => new([(options.PerSecondPerTenant, Window(options))]);

    private RateWindows Of(string tenant)
    {
        if (!_tenants.TryGetValue(tenant, out var windows))
        {
            windows = Windows(options);
            _tenants[tenant] = windows;
        }
        return windows;
    }
}
