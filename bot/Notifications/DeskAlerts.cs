using System.Globalization;
using FrontDesk.Cards.Common;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bot.Notifications;

// Sends each active staff member who uses the bot a short message, in their language, through the outbox.
// An alert that itself fails is only logged (no alerts about alerts), and each failed notification alerts once.
public sealed class DeskAlerts(
    IDbContextFactory<FrontDeskDb> dbs,
    People people,
    StaffBroadcast broadcast,
    NoticeSubjects subjects,
    IEnumerable<IUndeliveredFollowUp> followUps,
    TimeProvider clock,
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
        // A feature's follow-up is for a notice that will not arrive; a late one still may.
        if (reason != DeskAlertReason.Late && followUps.FirstOrDefault(f => f.Kinds.Contains(failed.Kind)) is { } followUp)
        {
            await followUp.FollowUpAsync(failed, reason, ct);
            return;
        }
        var recipient = await RecipientAsync(failed, ct);
        var about = await subjects.DescribeAsync(failed, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        // The write lock first, so two passes alerting about the same row write one alert.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sent = await broadcast.AddAsync(db,
            reason switch
            {
                DeskAlertReason.NoChat => $"{Kind}:nochat:{failed.RecipientAadObjectId}",
                DeskAlertReason.Late => string.Create(CultureInfo.InvariantCulture, $"{Kind}:late:{failed.Id}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{Kind}:{failed.Id}"),
            },
            Kind,
            string.Create(CultureInfo.InvariantCulture, $"notification:{failed.Id}"),
            texts => Notice.Of(texts.Format(TextKey(failed, reason), recipient, about(texts), Tries(failed, reason), MinutesSinceQueued(failed))),
            ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (sent == 0)
        {
            logger.LogError("Notification {Id} failed ({Reason}) and no staff member can be alerted in Teams", failed.Id, reason);
        }
    }

    private async Task<string> RecipientAsync(Notification failed, CancellationToken ct)
    {
        if (failed.RecipientAadObjectId is { } aad && await people.FindByAadObjectIdAsync(aad, ct) is { } person)
        {
            return CardText.NameAndCompany(person.Name, person.CompanyName);
        }
        return failed.RecipientAadObjectId ?? failed.ConversationId ?? "-";
    }

    // A failed send is told before its row counts the try; a late row is read as stored, its tries already counted.
    private static int Tries(Notification failed, DeskAlertReason reason) => reason == DeskAlertReason.Late ? failed.Attempts : failed.Attempts + 1;

    private string MinutesSinceQueued(Notification failed) =>
        ((int)Math.Ceiling((clock.GetUtcNow() - failed.CreatedAt).TotalMinutes)).ToString(CultureInfo.InvariantCulture);

    private static string TextKey(Notification failed, DeskAlertReason reason) => reason switch
    {
        DeskAlertReason.NoChat => "notifications.alert.noChat",
        DeskAlertReason.Late when failed.Attempts == 0 => "notifications.alert.lateWaiting",
        DeskAlertReason.Late => "notifications.alert.late",
        DeskAlertReason.Unreachable when failed.ChannelId == NotificationTarget.Lobby => "notifications.alert.lobbyGone",
        DeskAlertReason.Unreachable => "notifications.alert.unreachable",
        _ => "notifications.alert.deadLetter",
    };
}
