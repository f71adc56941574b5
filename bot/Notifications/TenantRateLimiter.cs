namespace FrontDesk.Bot.Notifications;

// Teams' limit for one app across every conversation of a tenant: 50 requests a second, counted over a
// sliding second so bursts from many conversations at once are spread instead of answered with 429s.
public sealed class TenantRateLimiter(NotificationsOptions options)
{
    private readonly Dictionary<string, RateWindows> _tenants = new(StringComparer.Ordinal);

    public DateTimeOffset? NextFree(string tenant, DateTimeOffset now) => Of(tenant).NextFree(now);

    public void Take(string tenant, DateTimeOffset at) => Of(tenant).Take(at);

    private RateWindows Of(string tenant)
    {
        if (!_tenants.TryGetValue(tenant, out var windows))
        {
            windows = new RateWindows([(options.PerSecondPerTenant, TimeSpan.FromSeconds(1))]);
            _tenants[tenant] = windows;
        }
        return windows;
    }
}
