using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Activities travel as the Bot Framework serialises them (Newtonsoft, nulls left out).
public static class ActivityJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    };

    public static string Write(object value) => JsonConvert.SerializeObject(value, Settings);

    // Null when the text is not a JSON object that reads as an activity.
    public static Activity? Read(string json)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(json, Settings);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
