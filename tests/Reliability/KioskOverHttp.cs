using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Visits.Kiosk;

namespace FrontDesk.Tests.Reliability;

// One visitor at the lobby kiosk of a bot host in another process, posting what Web Chat posts (as KioskVisitor does
// in-process): the page's token, a Direct Line conversation, the menu's "walk-in" button, then the walk-in card
// submitted with the button's own data and what was typed. Any failure (the host died) is the visitor's problem,
// not the test's: the kiosk just starts over with the next visitor.
public sealed class KioskOverHttp(Uri host) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = host, Timeout = TimeSpan.FromSeconds(20) };

    // True when the kiosk showed the visitor the confirmation that their host was asked.
    public async Task<bool> RegisterWalkInAsync(string name, string company, string hostName, string confirmation, CancellationToken ct)
    {
        using var tokenResponse = await _http.PostAsync(new Uri("/api/lobby/token", UriKind.Relative), null, ct);
        if (tokenResponse.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("token").GetString()!;
        using var start = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token,
            new JsonObject { ["user"] = new JsonObject { ["id"] = "visitor" }, ["locale"] = "en-US" }, ct);
        if (start.StatusCode != HttpStatusCode.Created)
        {
            return false;
        }
        var conversation = (await start.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("conversationId").GetString()!;
        var activities = $"/v3/directline/conversations/{conversation}/activities";
        if (!await PostValueAsync(activities, token, new JsonObject { ["lobby"] = "walkin" }, ct))
        {
            return false;
        }
        var card = (await BotActivitiesAsync(activities, token, ct)).LastOrDefault(KioskVisitor.HasCard);
        if (card.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        var action = KioskVisitor.Card(card).GetProperty("actions").EnumerateArray().First();
        var value = JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
        value["name"] = name;
        value["company"] = company;
        value["host"] = hostName;
        value["purpose"] = "Meeting";
        value["consent"] = "true";
        if (!await PostValueAsync(activities, token, value, ct))
        {
            return false;
        }
        return (await BotActivitiesAsync(activities, token, ct)).Any(a => DirectLineTestClient.Text(a) == confirmation);
    }

    private async Task<bool> PostValueAsync(string activities, string token, JsonObject value, CancellationToken ct)
    {
        value["language"] ??= "en";
        using var response = await SendAsync(HttpMethod.Post, activities, token,
            new JsonObject { ["type"] = "message", ["value"] = value, ["locale"] = "en-US" }, ct);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private async Task<List<JsonElement>> BotActivitiesAsync(string activities, string token, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, activities + "?watermark=", token, null, ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return [];
        }
        var set = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return [.. set.GetProperty("activities").EnumerateArray().Where(DirectLineTestClient.IsFromBot).Select(a => a.Clone())];
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, JsonNode? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        return await _http.SendAsync(request, ct);
    }

    public void Dispose() => _http.Dispose();
}
