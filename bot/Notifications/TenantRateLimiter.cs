namespace FrontDesk.Bot.Notifications;

// Teams' limit for one app across every conversation of a tenant: 50 requests a second, kept over a sliding window
// 50 ms longer than a second. Teams counts arrivals, which a busy host spreads by a few ms; the longer window keeps
// any second, however Teams cuts it, within the limit. Not thread-safe: its owner locks.
public sealed class TenantRateLimiter(NotificationsOptions options)
{
    private readonly Dictionary<string, RateWindows> _tenants = new(StringComparer.Ordinal);

    // The first slot at or after now, and after every slot already taken (a send waiting for its slot holds it).
    public DateTimeOffset NextSlot(string tenant, DateTimeOffset now) => Slot(Of(tenant), now);

    public void Take(string tenant, DateTimeOffset at) => Of(tenant).Take(at);

    // The same rule over slots read from elsewhere (the database several hosts share).
    public static DateTimeOffset NextSlot(NotificationsOptions options, IEnumerable<DateTimeOffset> taken, DateTimeOffset now)
    {
        var windows = Windows(options);
        foreach (var at in taken.Order())
        {
            windows.Take(at);
        }
        return Slot(windows, now);
    }

    public static TimeSpan Window(NotificationsOptions options) => TimeSpan.FromSeconds(1) + options.TenantMargin;

    private static DateTimeOffset Slot(RateWindows windows, DateTimeOffset now)
    {
        var after = windows.Last is { } last && last > now ? last : now;
        return windows.NextFree(after) ?? after;
    }

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
