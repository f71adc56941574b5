using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDesk.Tests.Channels.Lobby;

namespace FrontDesk.Tests.Visits.Kiosk;

// A visitor at the kiosk, acting as Web Chat does: taps a menu button or a card's submit button (the
// button's data merged with what was typed into the card's inputs) and reads what the bot sent.
public sealed class KioskVisitor(DirectLineTestClient client, string locale)
{
    public DirectLineTestClient Client => client;

    public string ConversationId => client.ConversationId;

    public Task TapAsync(string choice) => PostValueAsync(new JsonObject { ["lobby"] = choice });

    // Typed into Web Chat's send box: Web Chat posts it as plain text with an id of its own.
    public Task SayAsync(string text) => PostAsync(new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
    });

    // Submits the card with the button whose title is given (the first button when none is).
    public Task SubmitAsync(JsonElement activity, JsonObject inputs, string? button = null)
    {
        var action = Card(activity).GetProperty("actions").EnumerateArray()
            .First(a => button is null || a.GetProperty("title").GetString() == button);
        var value = JsonNode.Parse(action.GetProperty("data").GetRawText())!.AsObject();
        foreach (var (key, input) in inputs)
        {
            value[key] = input?.DeepClone();
        }
        return PostValueAsync(value);
    }

    public async Task<List<JsonElement>> BotActivitiesAsync() =>
        [.. (await client.GetActivitiesAsync()).Activities.Where(DirectLineTestClient.IsFromBot)];

    public async Task<JsonElement> LastCardAsync() => (await BotActivitiesAsync()).Last(HasCard);

    public static bool HasCard(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var list) && list.GetArrayLength() > 0;

    public async Task<string> LastTextAsync() =>
        DirectLineTestClient.Text((await BotActivitiesAsync()).Last(a => DirectLineTestClient.Text(a).Length > 0));

    public async Task<List<string>> TextsAsync() =>
        [.. (await BotActivitiesAsync()).Select(DirectLineTestClient.Text).Where(t => t.Length > 0)];

    public static JsonElement Card(JsonElement activity) => activity.GetProperty("attachments")[0].GetProperty("content");

    // Every string on the card as sent (labels, values, facts, choices, buttons), markdown escapes included.
    public static string RawText(JsonElement activity)
    {
        var parts = new List<string>();
        Collect(Card(activity), parts);
        return string.Join(" | ", parts);
    }

    // The card's text as Web Chat shows it: markdown backslash escapes shown as the characters they protect,
    // word joiners (they keep addresses from becoming links) invisible.
    public static string ShownText(JsonElement activity) => Shown(RawText(activity));

    public static string Shown(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown, @"\\([\\`*_{}\[\]()#+\-.!<>|~&])", "$1").Replace("\u2060", "", StringComparison.Ordinal);

    // The card's input values by id, as the visitor would see them filled in.
    public static string? InputValue(JsonElement activity, string id) =>
        Descendants(Card(activity)).FirstOrDefault(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var i) && i.GetString() == id) is { ValueKind: JsonValueKind.Object } input
        && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    // The most characters the card's input lets the visitor type (null: no limit).
    public static int? MaxLength(JsonElement activity, string id) =>
        Descendants(Card(activity)).FirstOrDefault(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var i) && i.GetString() == id) is { ValueKind: JsonValueKind.Object } input
        && input.TryGetProperty("maxLength", out var max) ? max.GetInt32() : null;

    public static bool HasButtons(JsonElement activity) =>
        Card(activity).TryGetProperty("actions", out var actions) && actions.GetArrayLength() > 0;

    private async Task PostValueAsync(JsonObject value)
    {
        value["language"] ??= locale.StartsWith("zh", StringComparison.Ordinal) ? "zh-Hans" : "en";
        await PostAsync(new JsonObject { ["type"] = "message", ["value"] = value, ["locale"] = locale });
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }

    private static void Collect(JsonElement element, List<string> parts) =>
        parts.AddRange(Descendants(element).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            .Where(s => s.Length > 0 && s != "true" && s != "false"));
}
