using FrontDesk.Bot.Hosting;
using FrontDesk.Bot.Teams;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Teams;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace FrontDesk.Bot.Mail;

// Turns mail notices into one card per recipient, in the recipient's language, and hands each to Teams.
// The one place where mail meets proactive messaging.
public sealed class MailNotifier(
    Catalog catalog,
    MailText text,
    IOptions<FrontDeskOptions> building,
    FrontDeskAdapter adapter,
    IConfiguration configuration,
    ILogger<MailNotifier> logger) : IMailNoticeSink
{
    public async Task AddAsync(FrontDeskDb db, MailNotice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        foreach (var recipient in notice.Recipients)
        {
            var chat = await db.ConversationReferences.AsNoTracking()
                .Where(r => r.UserAadObjectId == recipient.AadObjectId && r.ChannelId == ConversationReferences.TeamsChannel &&
                            r.ConversationType == ConversationReferences.PersonalConversation && r.Installed)
                .OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(ct);
            var reference = chat is null ? null : JsonConvert.DeserializeObject<ConversationReference>(chat.ReferenceJson);
            var t = catalog.For(reference?.Locale);
            var card = MailCards.Notice(t, Kind(notice.Kind), [.. notice.Items.Select(i => text.View(t, i))], notice.PickupCode,
                building.Value.BuildingName, (int)text.Rules.DeliveryDeadline.TotalHours);
            var activity = CardMessage.From(card);
            activity.Locale = t.Language;
            await DeliverAsync($"{notice.Key}:{recipient.MemberId}", recipient.AadObjectId, reference, activity, ct);
        }
    }

    private async Task DeliverAsync(string key, string aadObjectId, ConversationReference? reference, Activity activity, CancellationToken ct)
    {
        if (reference is null)
        {
            logger.LogWarning("Mail notice {Key}: Teams user {AadObjectId} has no personal chat with the bot", key, aadObjectId);
            return;
        }
        await adapter.ContinueConversationAsync(configuration["MicrosoftAppId"] ?? "", reference,
            (turn, token) => turn.SendActivityAsync(activity, token), ct);
    }

    private static string Kind(MailNoticeKind kind) => kind switch
    {
        MailNoticeKind.Urgent => "urgent",
        MailNoticeKind.Overdue => "overdue",
        MailNoticeKind.NewCode => "newCode",
        _ => "batch",
    };
}
