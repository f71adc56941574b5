using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Channels.Teams;

// Fetches a CSV file a user sent to the bot. Teams delivers a file as a download link; only https
// links are followed, except plain http to this machine while the bot runs unauthenticated (local
// development and tests), so a crafted attachment cannot make the bot fetch internal addresses.
public sealed class CsvDownload(IHttpClientFactory http, IOptions<BotCredentialsOptions> credentials)
{
    public const string HttpClientName = "file-downloads";

    public sealed record Result(byte[]? Bytes, string? Problem);

    public sealed record SentFile(string? Name, Uri Url);

    public static SentFile? FindCsv(Activity activity)
    {
        foreach (var a in activity.Attachments ?? [])
        {
            var isCsvName = a.Name?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true;
            if (a.ContentType == FileDownloadInfo.ContentType && a.Content is JObject info &&
                (isCsvName || string.Equals((string?)info["fileType"], "csv", StringComparison.OrdinalIgnoreCase)) &&
                Uri.TryCreate((string?)info["downloadUrl"], UriKind.Absolute, out var teamsUrl))
            {
                return new SentFile(a.Name, teamsUrl);
            }
            if ((a.ContentType is "text/csv" || isCsvName) && Uri.TryCreate(a.ContentUrl, UriKind.Absolute, out var url))
            {
                return new SentFile(a.Name, url);
            }
        }
        return null;
    }

    public async Task<Result> FetchAsync(SentFile file, int maxBytes, CancellationToken ct)
    {
        if (!IsAllowed(file.Url))
        {
            return new(null, "import.download.refused");
        }
        try
        {
            using var response = await http.CreateClient(HttpClientName).GetAsync(file.Url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                return new(null, "import.download.failed");
            }
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return new(null, "import.download.tooLarge");
                }
                buffer.Write(chunk, 0, read);
            }
            return new(buffer.ToArray(), null);
        }
        catch (HttpRequestException)
        {
            return new(null, "import.download.failed");
        }
    }

    private bool IsAllowed(Uri url)
    {
        if (url.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }
        return url.Scheme == Uri.UriSchemeHttp && url.IsLoopback && !credentials.Value.IsAuthenticated;
    }
}
