using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Notifications;

// An activity as the outbox stores it: serialised as the Bot Framework serialises it.
public static class NotificationActivity
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Ignore,
    };

    public static string Json(IActivity activity) => JsonConvert.SerializeObject(activity, Settings);
}
