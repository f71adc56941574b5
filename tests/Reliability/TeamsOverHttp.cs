using System.Net;
using System.Text;
using FrontDesk.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Reliability;

// Teams posting to a bot host in another process: the activities TeamsUser makes, sent to the host's /api/messages,
// and the bot's replies read back from the fake channel. Buttons are pressed on the cards the bot sent (CardButton).
public sealed class TeamsOverHttp(Uri host, FaultyTeamsChannel channel) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = host, Timeout = TimeSpan.FromSeconds(20) };

    public FaultyTeamsChannel Channel => channel;

    // The cards and messages the bot answered this very message with (sent as replies to it, or updating the card
    // the message was pressed on), once /api/messages has answered. False when the host did not take the message.
    public async Task<(bool Taken, IReadOnlyList<RecordedCall> Replies)> PostAsync(JObject activity, string? pressedOn = null, CancellationToken ct = default)
    {
        var id = (string)activity["id"]!;
        using var content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("/api/messages", UriKind.Relative), content, ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (false, []);
        }
        return (true, [.. channel.Accepted.Where(c => c.ActivityId == id || (pressedOn is not null && c.ActivityId == pressedOn && c.Method == "PUT"))]);
    }

    public Task<(bool Taken, IReadOnlyList<RecordedCall> Replies)> SayAsync(TeamsUser user, string text, CancellationToken ct = default) =>
        PostAsync(user.Message(channel.ServiceUrl, text), ct: ct);

    public Task<(bool Taken, IReadOnlyList<RecordedCall> Replies)> PressAsync(TeamsUser user, RecordedCall sent, string button,
        Dictionary<string, string> typed, CancellationToken ct = default) =>
        PostAsync(user.Submit(channel.ServiceUrl, CardButton.Press(sent.Card!, button, typed), sent.SentId), sent.SentId, ct);

    public void Dispose() => _http.Dispose();
}
