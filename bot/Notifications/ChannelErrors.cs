using System.Globalization;
using System.Net;
using FrontDesk.Bot.Channels.Lobby.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Rest;

namespace FrontDesk.Bot.Notifications;

// Turns what a channel threw into a DeliveryResult, following Teams' guidance: retry 429 (after Retry-After),
// 412 and 5xx; 403 means the user blocked or removed the bot; other 4xx will not succeed on retry.
public static class ChannelErrors
{
    public static DeliveryResult Classify(Exception error, string conversationId, TimeProvider clock, TimeSpan fallbackRetryAfter)
    {
        switch (error)
        {
            case LobbyConversationGoneException:
                return new DeliveryResult.Unreachable(error.Message);
            case ErrorResponseException { Response: { } response } e:
                return FromStatus(response.StatusCode, Describe(response.StatusCode, e.Body?.Error?.Code, e.Message),
                    RetryAfter(response.Headers, clock) ?? fallbackRetryAfter, conversationId);
            case HttpOperationException { Response: { } response } e:
                return FromStatus(response.StatusCode, Describe(response.StatusCode, null, e.Message),
                    RetryAfter(response.Headers, clock) ?? fallbackRetryAfter, conversationId);
            case HttpRequestException or TimeoutException or TaskCanceledException or IOException:
                return new DeliveryResult.Failed($"network: {error.GetType().Name}: {error.Message}");
            default:
                return new DeliveryResult.Failed($"{error.GetType().Name}: {error.Message}");
        }
    }

    public static DeliveryResult FromStatus(HttpStatusCode status, string error, TimeSpan retryAfter, string conversationId) =>
        (int)status switch
        {
            429 => new DeliveryResult.Throttled(retryAfter, error),
            403 => new DeliveryResult.Unreachable(error, BlockedConversationId: conversationId),
            408 or 412 or >= 500 => new DeliveryResult.Failed(error),
            _ => new DeliveryResult.Rejected(error),
        };

    // Retry-After is either delta-seconds or an HTTP date.
    public static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers, TimeProvider clock)
    {
        var value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static string Describe(HttpStatusCode status, string? code, string message) =>
        $"HTTP {(int)status}{(code is null ? "" : " " + code)}: {message}";
}
