namespace FrontDesk.Bot.Notifications;

// Exponential backoff with full jitter: the wait before attempt n+1 is uniform in [0, min(cap, base·2ⁿ⁻¹)],
// so many notifications failing together do not come back together.
public sealed class RetrySchedule(NotificationsOptions options, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    public TimeSpan Ceiling(int attemptsSoFar)
    {
        var exponent = Math.Min(Math.Max(attemptsSoFar - 1, 0), 30);
        return TimeSpan.FromSeconds(Math.Min(options.RetryCapSeconds, options.RetryBaseSeconds * Math.Pow(2, exponent)));
    }

    public TimeSpan Delay(int attemptsSoFar) => Ceiling(attemptsSoFar) * _random();
}
