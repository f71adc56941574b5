using System.Globalization;
using FrontDesk.Data.Visits;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDesk.Bot.Features.Visits;

// The visit register as a CSV download. Teams cannot simply receive a file from a bot in chat, so the
// desk gets a link that works for 15 minutes: the token is signed and time-limited, and names the range.
public sealed class VisitExports(IDataProtectionProvider protection, Building building)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("visit-export").ToTimeLimitedDataProtector();

    public Uri LinkFor(DateOnly from, DateOnly to)
    {
        var token = _protector.Protect($"{from:yyyy-MM-dd}|{to:yyyy-MM-dd}", Lifetime);
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
            return (DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
