namespace FrontDesk.Bot.Channels.Lobby;

// The kiosk page's security headers: only its own scripts run, no other site can frame it (clickjacking a
// public tablet), and nothing it serves is content-sniffed.
public static class LobbyPagePolicy
{
    public static void Apply(HttpContext http, LobbyOptions options)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(http.Request, options);
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }

    // Styles stay 'unsafe-inline': Web Chat writes its styles at run time and Adaptive Cards set style attributes.
    public static string ContentSecurityPolicy(HttpRequest request, LobbyOptions options)
    {
        var socket = request.IsHttps ? "wss" : "ws";
        var connect = $"'self' {socket}://{request.Host}";
        if (options.DirectLine.Mode == DirectLineMode.Azure && Uri.TryCreate(options.DirectLine.AzureEndpoint, UriKind.Absolute, out var azure))
        {
            connect += $" https://{azure.Authority} wss://{azure.Authority}";
        }
        var images = "'self' data: blob:";
        if (Uri.TryCreate(options.LogoUrl, UriKind.Absolute, out var logo) && logo.Scheme is "http" or "https")
        {
            images += $" {logo.GetLeftPart(UriPartial.Authority)}";
        }
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            $"img-src {images}",
            "font-src 'self' data:",
            $"connect-src {connect}",
            "media-src 'self' blob: data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");
    }
}
