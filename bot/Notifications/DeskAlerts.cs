using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Notifications;

// Sends each active staff member who uses the bot a short message, in their language, through the outbox.
// An alert that itself fails is only logged (no alerts about alerts), and each failed notification alerts once.
public sealed class DeskAlerts(
    Outbox outbox,
    People people,
    ConversationReferences references,
    Catalog catalog,
    ILogger<DeskAlerts> logger) : IDeskAlerts
{
    public const string Kind = "desk.alert";

    public async Task RaiseAsync(Notification failed, DeskAlertReason reason, string error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(failed);
        if (failed.Kind == Kind)
        {
            logger.LogError("A desk alert could not be delivered ({Reason}) to {Recipient}: {Error}",
                reason, failed.RecipientAadObjectId ?? failed.ConversationId, error);
            return;
        }
        var recipient = await RecipientAsync(failed, ct);
        var staff = (await people.ListStaffAsync(ct)).Where(s => s.AadObjectId is not null).ToList();
        if (staff.Count == 0)
        {
            logger.LogError("Notification {Id} failed ({Reason}) and no staff member can be alerted in Teams", failed.Id, reason);
            return;
        }
        foreach (var member in staff)
        {
            var texts = catalog.For(await LocaleAsync(member.AadObjectId!, ct));
            var text = texts.Format(TextKey(failed, reason), recipient, failed.Kind, failed.RelatedTo ?? "-", failed.Attempts + 1);
            var activity = MessageFactory.Text(text);
            activity.Locale = texts.Language;
            await outbox.EnqueueAsync(new NotificationRequest(
                string.Create(CultureInfo.InvariantCulture, $"{Kind}:{failed.Id}:{member.Id}"),
                NotificationTarget.TeamsUser(member.AadObjectId!),
                NotificationActivity.Json(activity),
                Kind,
                RelatedTo: string.Create(CultureInfo.InvariantCulture, $"notification:{failed.Id}")), ct);
        }
    }

    private async Task<string> RecipientAsync(Notification failed, CancellationToken ct)
    {
        if (failed.RecipientAadObjectId is { } aad && await people.FindByAadObjectIdAsync(aad, ct) is { } person)
        {
            return person.CompanyName is null ? person.Name : $"{person.Name} ({person.CompanyName})";
        }
        return failed.RecipientAadObjectId ?? failed.ConversationId ?? "-";
    }

    private static string TextKey(Notification failed, DeskAlertReason reason) => reason switch
    {
        DeskAlertReason.Unreachable when failed.ChannelId == NotificationTarget.Lobby => "notifications.alert.lobbyGone",
        DeskAlertReason.Unreachable => "notifications.alert.unreachable",
        _ => "notifications.alert.deadLetter",
    };

    // The language the staff member last wrote to the bot in.
    private async Task<string?> LocaleAsync(string aadObjectId, CancellationToken ct)
    {
        var chat = await references.FindPersonalAsync(aadObjectId, ct);
        return chat is null ? null : (string?)JObject.Parse(chat.ReferenceJson)["locale"];
    }
}
