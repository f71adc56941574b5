using FrontDesk.Data.Notifications;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Notifications;

// The bot-side way to put an activity in the outbox: serialised as the Bot Framework serialises it.
public static class NotificationActivity
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Ignore,
    };

    public static string Json(IActivity activity) => JsonConvert.SerializeObject(activity, Settings);

    public static Task<Notification> EnqueueAsync(this Outbox outbox, string idempotencyKey, NotificationTarget target, IActivity activity,
        string kind, string? relatedTo = null, string? replacesActivityId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        return outbox.EnqueueAsync(new NotificationRequest(idempotencyKey, target, Json(activity), kind, relatedTo, replacesActivityId), ct);
    }
}
