using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Notifications;

// Puts one message per active staff member who uses the bot into the outbox, each in that person's
// language (the one they last wrote to the bot in). Returns how many were queued.
public sealed class StaffBroadcast(Outbox outbox, People people, ConversationReferences references, Catalog catalog)
{
    public async Task<int> SendAsync(string keyPrefix, string kind, string? relatedTo, Func<Texts, IMessageActivity> message, CancellationToken ct)
    {
        var staff = (await people.ListStaffAsync(ct)).Where(s => s.AadObjectId is not null).ToList();
        foreach (var member in staff)
        {
            var texts = catalog.For(await LanguageOfAsync(member.AadObjectId!, ct));
            var activity = message(texts);
            activity.Locale ??= texts.Language;
            await outbox.EnqueueAsync(new NotificationRequest(
                string.Create(CultureInfo.InvariantCulture, $"{keyPrefix}:{member.Id}"),
                NotificationTarget.TeamsUser(member.AadObjectId!),
                NotificationActivity.Json(activity),
                kind,
                relatedTo), ct);
        }
        return staff.Count;
    }

    public async Task<string?> LanguageOfAsync(string aadObjectId, CancellationToken ct)
    {
        var chat = await references.FindPersonalAsync(aadObjectId, ct);
        return chat is null ? null : (string?)JObject.Parse(chat.ReferenceJson)["locale"];
    }
}
