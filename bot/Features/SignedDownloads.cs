using System.Globalization;
using System.Net;
using FrontDesk.Cards.Localization;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDesk.Bot.Features;

public sealed record DownloadFile(byte[] Content, string ContentType, string FileName);

// A file of records for a date range (the visit register, the feedback of a month), in the asker's language.
public interface IDownload
{
    // Its name in the link: /api/exports/{kind}/…
    string Kind { get; }

    Task<DownloadFile> CreateAsync(DateOnly from, DateOnly to, Texts texts, CancellationToken ct);
}

// Downloads behind a link. Teams cannot simply receive a file from a bot in chat, so the asker gets a link
// that works for 15 minutes: the token is signed and names the kind, the range, the language of the person who
// asked (so the file is in their language) and its expiry, which is checked on the app's clock (the
// framework's time-limited protector reads the system clock). Whoever builds the link has checked the role.
public sealed class SignedDownloads(IDataProtectionProvider protection, Building building, Catalog catalog, TimeProvider clock, IEnumerable<IDownload> downloads)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly IDataProtector _protector = protection.CreateProtector("download.expiring");
    private readonly Dictionary<string, IDownload> _byKind = downloads.ToDictionary(d => d.Kind, StringComparer.Ordinal);

    // The language is also left readable beside the token: an expired token can no longer be read, and the
    // page that says so is still in the asker's language.
    public Uri LinkFor(string kind, DateOnly from, DateOnly to, string language)
    {
        if (!_byKind.ContainsKey(kind))
        {
            throw new ArgumentException($"No download '{kind}'.", nameof(kind));
        }
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        var token = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{kind}|{from:yyyy-MM-dd}|{to:yyyy-MM-dd}|{language}|{expires}"));
        return new Uri(building.PublicUrl, $"api/exports/{kind}/{Uri.EscapeDataString(token)}?lang={Uri.EscapeDataString(language)}");
    }

    public static void Map(WebApplication app) =>
        app.MapGet("/api/exports/{kind}/{token}", (string kind, string token, string? lang, SignedDownloads downloads, CancellationToken ct) =>
            downloads.DownloadAsync(kind, token, lang, ct));

    private async Task<IResult> DownloadAsync(string kind, string token, string? language, CancellationToken ct)
    {
        if (Read(token) is not { } export || export.Kind != kind || !_byKind.TryGetValue(kind, out var download))
        {
            return Expired(language);
        }
        var file = await download.CreateAsync(export.From, export.To, catalog.For(export.Language), ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    // A page a browser shows, since the link is opened from Teams in one.
    private IResult Expired(string? language)
    {
        var t = catalog.For(language);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{t.Language}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(t["download.expiredTitle"])}</title></head>
            <body><h1>{WebUtility.HtmlEncode(t["download.expiredTitle"])}</h1><p>{WebUtility.HtmlEncode(t.Format("download.expired", (int)Lifetime.TotalMinutes))}</p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
    }

    private (string Kind, DateOnly From, DateOnly To, string Language)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            if (parts.Length != 5 || clock.GetUtcNow().ToUnixTimeSeconds() >= long.Parse(parts[4], CultureInfo.InvariantCulture))
            {
                return null;
            }
            return (parts[0], DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), parts[3]);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
