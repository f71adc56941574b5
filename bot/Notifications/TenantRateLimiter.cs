using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Notifications;

// Teams' limit for one app across every conversation of a tenant: 50 requests a second, kept over a sliding window
// 50 ms longer than a second. Teams counts arrivals, which a busy host spreads by a few ms; the longer window keeps
// any second, however Teams cuts it, within the limit. Sends that may wait for their slot are also spaced (one every
// 1.05 s / 50): a backlog goes out evenly instead of in bursts of 50, and a send waits a moment, not a whole window.
// The first window of a run (this process's first sends to the tenant, or the first after a quiet minute) is spaced
// twice as far: its first requests find cold code and new connections and arrive late, together with the ones after
// them, and a full pace from the first slot put 51 into Teams' first second (three of the four 429s of a 10,000-notice
// bench run came in its first second).
// The spacing and its start ramp are SpacedPace's rule, which the database's shared pace follows too.
// Not thread-safe: its owner locks.
public sealed class TenantRateLimiter(NotificationsOptions options)
{
    // A run ends when the tenant was sent nothing for this long (the connections it warmed are closed by then).
    private static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);

    // The first slot at or after now, and after every slot already taken (a send waiting for its slot holds it).
    public DateTimeOffset NextSlot(string tenant, DateTimeOffset now, bool spaced)
    {
        var of = Of(tenant);
        return Slot(options, of.Windows, now, spaced, of.RunFrom);
    }

    public void Take(string tenant, DateTimeOffset at)
    {
        var of = Of(tenant);
        if (Pace(options).StartsRun(at, of.Windows.Last))
        {
            of.RunFrom = at;
        }
        of.Windows.Take(at);
    }

    // The same rule over slots read from elsewhere (the database several hosts share).
    public static DateTimeOffset NextSlot(NotificationsOptions options, IEnumerable<DateTimeOffset> taken, DateTimeOffset now, bool spaced)
    {
        var windows = Windows(options);
        foreach (var at in taken.Order())
        {
            windows.Take(at);
        }
        return Slot(options, windows, now, spaced, runFrom: null);
    }

    public static TimeSpan Window(NotificationsOptions options) => TimeSpan.FromSeconds(1) + options.TenantMargin;

    private static DateTimeOffset Slot(NotificationsOptions options, RateWindows windows, DateTimeOffset now, bool spaced, DateTimeOffset? runFrom)
    {
        var after = now;
        if (windows.Last is { } last)
        {
            var spacing = runFrom is { } from ? Pace(options).After(last, from) : Spacing(options);
            var next = spaced ? last + spacing : last;
            after = next > now ? next : now;
        }
        return windows.NextFree(after) ?? after;
    }

    public static TimeSpan Spacing(NotificationsOptions options) => Window(options) / options.PerSecondPerTenant;

    // The spaced pace of a tenant: its first window of a run at half pace.
    public static SpacedPace Pace(NotificationsOptions options) => new(Spacing(options), Window(options), Quiet);

    private static RateWindows Windows(NotificationsOptions options) => new([(options.PerSecondPerTenant, Window(options))]);

    private Tenant Of(string tenant)
    {
        if (!_tenants.TryGetValue(tenant, out var of))
        {
            of = new Tenant(Windows(options));
            _tenants[tenant] = of;
        }
        return of;
    }

    private sealed class Tenant(RateWindows windows)
    {
        public RateWindows Windows { get; } = windows;

        // The first slot of the current run.
        public DateTimeOffset? RunFrom { get; set; }
    }
}
