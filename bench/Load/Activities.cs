using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bench.Load;

// The activities a channel posts to /api/messages, as Teams (msteams) and Azure's Direct Line (directline) shape them.
public static class Activities
{
    public const string Tenant = "tenant-bench";

    public static string TeamsUserId(string aadObjectId) => "29:" + aadObjectId;

    public static JObject TeamsMessage(Uri serviceUrl, string conversationId, string aadObjectId, string name, string? text, JObject? value = null, string? replyToId = null)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = "",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JObject { ["id"] = TeamsUserId(aadObjectId), ["name"] = name, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JObject { ["id"] = "28:bench-bot", ["name"] = "FrontDesk" },
            ["conversation"] = new JObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant },
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = Tenant } },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }
        if (value is not null)
        {
            activity["value"] = value;
        }
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }
        return activity;
    }

    public static JObject DirectLineMessage(Uri serviceUrl, string conversationId, JObject value) => new()
    {
        ["type"] = "message",
        ["id"] = "",
        ["channelId"] = "directline",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JObject { ["id"] = "dl_" + conversationId, ["name"] = "" },
        ["recipient"] = new JObject { ["id"] = "bench-bot", ["name"] = "FrontDesk" },
        ["conversation"] = new JObject { ["id"] = conversationId },
        ["locale"] = "en-US",
        ["value"] = value,
    };

    // The activity with a fresh id per turn, as text: the template is written once, the id spliced in.
    public static Func<int, string> WithIds(JObject template, string prefix)
    {
        var text = template.ToString(Formatting.None);
        var at = text.IndexOf("\"id\":\"\"", StringComparison.Ordinal) + "\"id\":\"".Length;
        var head = text[..at];
        var tail = text[at..];
        return seq => string.Concat(head, prefix, "-", seq.ToString(System.Globalization.CultureInfo.InvariantCulture), tail);
    }
}
