using System.Globalization;
using System.Net;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Visits;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDesk.Bot.Features.Visits;

// The visit register as a CSV download. Teams cannot simply receive a file from a bot in chat, so the
// desk gets a link that works for 15 minutes: the token is signed and names the range, the language of the
// staff member who asked (so the file is in their language) and its expiry, which is checked on the app's
// clock (the framework's time-limited protector reads the system clock).
public sealed class VisitExports(IDataProtectionProvider protection, Building building, Catalog catalog, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly IDataProtector _protector = protection.CreateProtector("visit-export.expiring");

    // The language is also left readable beside the token: an expired token can no longer be read, and the
    // page that says so is still in the asker's language.
    public Uri LinkFor(DateOnly from, DateOnly to, string language)
    {
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        var token = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}|{to:yyyy-MM-dd}|{language}|{expires}"));
        return new Uri(building.PublicUrl, $"api/exports/visits/{Uri.EscapeDataString(token)}?lang={Uri.EscapeDataString(language)}");
    }

    public static void Map(WebApplication app) =>
        app.MapGet("/api/exports/visits/{token}", (string token, string? lang, VisitExports exports, VisitSearch search, CancellationToken ct) =>
            exports.DownloadAsync(token, lang, search, ct));

    public static RegisterWords Words(Texts t) => new(
        [.. VisitSearch.Columns.Select(c => t[$"desk.csv.{c}"])], s => t[$"desk.visitStatus.{s}"], t["desk.csv.yes"], t["desk.csv.no"]);

    private async Task<IResult> DownloadAsync(string token, string? language, VisitSearch search, CancellationToken ct)
    {
        if (Read(token) is not { } export)
        {
            return Expired(language);
        }
        var t = catalog.For(export.Language);
        var csv = await search.CsvAsync(export.From, export.To, Words(t), ct);
        return Results.File(csv, "text/csv; charset=utf-8", t.Format("desk.csv.fileName", $"{export.From:yyyyMMdd}", $"{export.To:yyyyMMdd}"));
    }

    // A page a browser shows, since the link is opened from Teams in one.
    private IResult Expired(string? language)
    {
        var t = catalog.For(language);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{t.Language}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(t["desk.csv.expiredTitle"])}</title></head>
            <body><h1>{WebUtility.HtmlEncode(t["desk.csv.expiredTitle"])}</h1><p>{WebUtility.HtmlEncode(t.Format("desk.csv.expired", (int)Lifetime.TotalMinutes))}</p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
    }

    private (DateOnly From, DateOnly To, string Language)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            if (parts.Length != 4 || clock.GetUtcNow().ToUnixTimeSeconds() >= long.Parse(parts[3], CultureInfo.InvariantCulture))
            {
                return null;
            }
            return (DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), parts[2]);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
