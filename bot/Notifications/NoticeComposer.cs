using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Notifications;

// Someone a notice goes to and the key that makes it once-only. A Teams user's language is the one of
// their chat with the bot; a kiosk's is the visitor's, given as Locale.
public sealed record NoticeRecipient(NotificationTarget Target, string IdempotencyKey, string? Locale = null)
{
    public static NoticeRecipient TeamsUser(string aadObjectId, string idempotencyKey) =>
        new(NotificationTarget.TeamsUser(aadObjectId), idempotencyKey);

    public static NoticeRecipient Lobby(string conversationId, string? locale, string idempotencyKey) =>
        new(NotificationTarget.LobbyConversation(conversationId), idempotencyKey, locale);
}

// The one way a notice is written: the message built in each recipient's language (one language look-up
// for all of them) and added to the caller's unit of work, so it commits with the change that caused it.
public sealed class NoticeComposer(Outbox outbox, Catalog catalog)
{
    public async Task AddAsync(FrontDeskDb db, IReadOnlyCollection<NoticeRecipient> recipients, string kind, string? relatedTo,
        Func<Texts, Notice> message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(message);
        if (recipients.Count == 0)
        {
            return;
        }
        var lookUp = recipients.Where(r => r.Locale is null && r.Target.AadObjectId is not null)
            .Select(r => r.Target.AadObjectId!).Distinct(StringComparer.Ordinal).ToList();
        var languages = lookUp.Count == 0 ? null : await ConversationReferences.LanguagesAsync(db, lookUp, ct);
        // Everyone with the same language gets the same message: built and serialised once.
        var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        var requests = new List<NotificationRequest>(recipients.Count);
        foreach (var recipient in recipients)
        {
            var texts = catalog.For(recipient.Locale ?? LanguageOf(recipient, languages));
            if (!byLanguage.TryGetValue(texts.Language, out var json))
            {
                var activity = message(texts).ToActivity();
                activity.Locale ??= texts.Language;
                byLanguage[texts.Language] = json = NotificationActivity.Json(activity);
            }
            requests.Add(new NotificationRequest(recipient.IdempotencyKey, recipient.Target, json, kind, relatedTo));
        }
        await outbox.EnqueueAsync(db, requests, ct);
    }

    private static string? LanguageOf(NoticeRecipient recipient, IReadOnlyDictionary<string, string?>? languages) =>
        recipient.Target.AadObjectId is { } aad && languages is not null ? languages.GetValueOrDefault(aad) : null;
}
