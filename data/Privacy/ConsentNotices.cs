using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Privacy;

// Names a notice text by its content, so any change of wording is a new version without anyone bumping a number.
public static class ConsentNotices
{
    public const int VersionLength = 40;

    public static ConsentNotice Of(string language, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(language + "\n" + text));
        return new($"{language}-{Convert.ToHexStringLower(hash)[..16]}", language, text);
    }

    // Keeps the text of a version the first time someone accepts it, in the caller's unit of work.
    public static async Task RecordAsync(FrontDeskDb db, ConsentNotice notice, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        if (db.PrivacyNotices.Local.Any(n => n.Version == notice.Version) || await db.PrivacyNotices.AnyAsync(n => n.Version == notice.Version, ct))
        {
            return;
        }
        db.PrivacyNotices.Add(new PrivacyNoticeVersion { Version = notice.Version, Language = notice.Language, Text = notice.Text, FirstAcceptedAt = now });
    }
}
