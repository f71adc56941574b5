using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Harness;

// A Teams user in a personal chat with the bot, and the activities Teams would post for them.
public sealed record TeamsUser(string AadObjectId, string Name, string Email)
{
    public const string TenantId = "tenant-0001";
    public const string BotId = "28:frontdesk-bot";

    public string Id => "29:" + AadObjectId;

    public string ConversationId => "a:personal-" + AadObjectId;

    public static TeamsUser Create(string name, string email) => new(Guid.NewGuid().ToString(), name, email);

    public JObject Message(Uri serviceUrl, string text, string locale = "en-US") =>
        Activity(serviceUrl, "message", locale, a => a["text"] = text);

    // The message Teams posts for a card's button: the value comes from CardButton.Press (the card the bot sent),
    // or, only in tests of forged input, from TeamsHarness.SubmitForgedAsync.
    public JObject Submit(Uri serviceUrl, JObject value, string? replyToId, string locale = "en-US") =>
        Activity(serviceUrl, "message", locale, a =>
        {
            a["value"] = value;
            if (replyToId is not null)
            {
                a["replyToId"] = replyToId;
            }
        });

    // Teams' installationUpdate says "add" or "remove" in its own "action" field (not a card's button).
    public JObject Installed(Uri serviceUrl, string change = "add") =>
        Activity(serviceUrl, "installationUpdate", "en-US", a => a["action"] = change);

    public JObject BotAdded(Uri serviceUrl) =>
        Activity(serviceUrl, "conversationUpdate", "en-US", a => a["membersAdded"] = new JArray(new JObject { ["id"] = BotId }));

    private JObject Activity(Uri serviceUrl, string type, string locale, Action<JObject> fill)
    {
        var activity = new JObject
        {
            ["type"] = type,
            ["id"] = "in-" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JObject { ["id"] = Id, ["name"] = Name, ["aadObjectId"] = AadObjectId },
            ["recipient"] = new JObject { ["id"] = BotId, ["name"] = "FrontDesk" },
            ["conversation"] = new JObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = TenantId } },
            ["locale"] = locale,
        };
        fill(activity);
        return activity;
    }
}
