using System.Globalization;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bot.Notifications;

// What a notice was about, in words a desk reads ("the notice of Li Lei's arrival"), never its kind or record
// id: the catalog maps each kind to a phrase (notifications.about.<kind>), filled in with the visitor's name
// or the mail serial of the record it is about.
public sealed class NoticeSubjects(IDbContextFactory<FrontDeskDb> dbs)
{
    private const string Prefix = "notifications.about.";

    public async Task<Func<Texts, string>> DescribeAsync(Notification notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var subject = await SubjectAsync(notice.RelatedTo, ct);
        return t =>
        {
            var key = Prefix + notice.Kind;
            if (!t.Catalog.Entries(Catalog.English).ContainsKey(key))
            {
                return t[Prefix + "other"];
            }
            return t.Format(key, subject ?? t[Prefix + "someone"]);
        };
    }

    // "visit:11" → the visitor's name (escaped: the alert is markdown); "mail:M-…" → the serial.
    private async Task<string?> SubjectAsync(string? related, CancellationToken ct)
    {
        if (related?.StartsWith("mail:", StringComparison.Ordinal) == true)
        {
            return related["mail:".Length..];
        }
        if (related?.StartsWith("visit:", StringComparison.Ordinal) == true &&
            int.TryParse(related["visit:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var name = await db.Visits.AsNoTracking().Where(v => v.Id == id).Select(v => v.VisitorName).FirstOrDefaultAsync(ct);
            return name is null ? null : CardText.Escape(name);
        }
        return null;
    }
}
