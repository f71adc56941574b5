using System.Diagnostics;
using FrontDesk.Bench.Connector;

namespace FrontDesk.Bench.Load;

// One turn on its own: from the request leaving to the last reply the connector received for that conversation.
public static class TimedTurn
{
    public static async Task<double> RunAsync(HttpClient http, Uri messages, FakeConnector connector, string conversationId, string body)
    {
        var log = connector.Of(conversationId);
        var before = log.Count;
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(messages, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        if (log.Count <= before)
        {
            throw new InvalidOperationException($"No reply in {conversationId}.");
        }
        return Stopwatch.GetElapsedTime(started, log.LastTicks).TotalMilliseconds;
    }
}
