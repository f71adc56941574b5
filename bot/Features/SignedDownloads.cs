using System.Globalization;
using System.Net;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDesk.Bot.Features;

public sealed record DownloadFile(byte[] Content, string ContentType, string FileName);

// What a signed link names: the kind of file, the days, the asker's language and, for a link meant for one person
// only, their Teams account (empty otherwise).
public sealed record SignedRange(string Kind, DateOnly From, DateOnly To, string Language, string Account);

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
// Every download is written to the audit log, under the account the link was made for when it names one.
public sealed class SignedDownloads(IDataProtectionProvider protection, Building building, Catalog catalog, TimeProvider clock, IEnumerable<IDownload> downloads,
    AccessLog access)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly IDataProtector _protector = protection.CreateProtector("download.expiring");
    private readonly Dictionary<string, IDownload> _byKind = downloads.ToDictionary(d => d.Kind, StringComparer.Ordinal);

    // The language is also left readable beside the token: an expired token can no longer be read, and the
    // page that says so is still in the asker's language.
    public Uri LinkFor(string kind, DateOnly from, DateOnly to, string language, string account = "")
    {
        if (!_byKind.ContainsKey(kind))
        {
            throw new ArgumentException($"No download '{kind}'.", nameof(kind));
        }
        return new Uri(building.PublicUrl, $"api/exports/{kind}/{Uri.EscapeDataString(Sign(new(kind, from, to, language, account)))}?lang={Uri.EscapeDataString(language)}");
    }

    // A token for a link of another shape (a page, an image); the page reads it back with Read.
    public string Sign(SignedRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        return _protector.Protect(string.Create(CultureInfo.InvariantCulture,
            $"{range.Kind}|{range.From:yyyy-MM-dd}|{range.To:yyyy-MM-dd}|{range.Language}|{range.Account}|{expires}"));
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
        await access.RecordAsync(export.Account.Length > 0 ? export.Account : "link", AccessLog.Exported,
            string.Create(CultureInfo.InvariantCulture, $"{kind} {export.From:yyyy-MM-dd}..{export.To:yyyy-MM-dd}"), file.FileName, ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    // A page a browser shows, since the link is opened from Teams in one.
    public IResult Expired(string? language)
    {
        var t = catalog.For(language);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{t.Language}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(t["download.expiredTitle"])}</title></head>
            <body><h1>{WebUtility.HtmlEncode(t["download.expiredTitle"])}</h1><p>{WebUtility.HtmlEncode(t.Format("download.expired", (int)Lifetime.TotalMinutes))}</p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
    }

    // What the token names, or null when it is forged, altered or expired (on the app's clock).
    public SignedRange? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            if (parts.Length != 6 || clock.GetUtcNow().ToUnixTimeSeconds() >= long.Parse(parts[5], CultureInfo.InvariantCulture))
            {
                return null;
            }
            return new(parts[0], DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), parts[3], parts[4]);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
