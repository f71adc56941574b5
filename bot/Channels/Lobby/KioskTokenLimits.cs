using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

// How often the page may ask for a token: per kiosk (the page's own id, X-Lobby-Kiosk), so several kiosks
// behind one NAT address do not share one allowance; and per address, a ceiling however many kiosks it claims.
public sealed partial class KioskTokenLimits : IDisposable
{
    public const string KioskHeader = "X-Lobby-Kiosk";
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public KioskTokenLimits(IOptions<LobbyOptions> options)
    {
        var lobby = options.Value;
        var perKiosk = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            PerMinute($"{Address(http)}|{Kiosk(http)}", lobby.TokenRequestsPerMinute));
        var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            PerMinute(Address(http), lobby.TokenRequestsPerMinutePerAddress));
        _limiter = PartitionedRateLimiter.CreateChained(perKiosk, perAddress);
    }

    // Null when the request may go on; otherwise 429 with Retry-After.
    public IResult? Refuse(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(http);
        if (lease.IsAcquired)
        {
            return null;
        }
        http.Response.Headers.RetryAfter = RetryAfterSeconds(lease);
        return Results.StatusCode(StatusCodes.Status429TooManyRequests);
    }

    public static string RetryAfterSeconds(RateLimitLease lease) =>
        (lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60)
            .ToString(CultureInfo.InvariantCulture);

    public static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    public void Dispose() => _limiter.Dispose();

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    // Not a credential (any script can send any id): only keeps one kiosk's count apart from another's.
    private static string Kiosk(HttpContext http) =>
        http.Request.Headers[KioskHeader].ToString() is var id && KioskId().IsMatch(id) ? id : "";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex KioskId();
}
