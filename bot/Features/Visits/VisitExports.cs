using System.Globalization;
using FrontDesk.Data.Visits;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDesk.Bot.Features.Visits;

// The visit register as a CSV download. Teams cannot simply receive a file from a bot in chat, so the
// desk gets a link that works for 15 minutes: the token is signed and names the range and its expiry, which
// is checked on the app's clock (the framework's time-limited protector reads the system clock).
public sealed class VisitExports(IDataProtectionProvider protection, Building building, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly IDataProtector _protector = protection.CreateProtector("visit-export.expiring");

    public Uri LinkFor(DateOnly from, DateOnly to)
    {
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        var token = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}|{to:yyyy-MM-dd}|{expires}"));
        return new Uri(building.PublicUrl, "api/exports/visits/" + Uri.EscapeDataString(token));
    }

    public static void Map(WebApplication app) =>
        app.MapGet("/api/exports/visits/{token}", async (string token, VisitExports exports, VisitSearch search, CancellationToken ct) =>
        {
            if (exports.Read(token) is not { } range)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This export link has expired or is not valid.");
            }
            var csv = await search.CsvAsync(range.From, range.To, ct);
            var name = $"visits-{range.From:yyyyMMdd}-{range.To:yyyyMMdd}.csv";
            return Results.File(csv, "text/csv; charset=utf-8", name);
        });

    private (DateOnly From, DateOnly To)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            if (clock.GetUtcNow().ToUnixTimeSeconds() >= long.Parse(parts[2], CultureInfo.InvariantCulture))
            {
                return null;
            }
            return (DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
