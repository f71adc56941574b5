using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Notifications;

// The desk as recipients: one message per active staff member who uses the bot, each in their language,
// added to the caller's unit of work. Returns how many were queued.
public sealed class StaffBroadcast(NoticeComposer composer)
{
    public async Task<int> AddAsync(FrontDeskDb db, string keyPrefix, string kind, string? relatedTo, Func<Texts, Notice> message, CancellationToken ct) =>
        await AddAsync(db, await People.ReachableStaffAsync(db, ct), keyPrefix, kind, relatedTo, message, ct);

    // The managers; when none can be reached in Teams, the whole desk (unless told not to), so that an alert
    // meant for them is not lost.
    public async Task<int> AddToManagersAsync(FrontDeskDb db, string keyPrefix, string kind, string? relatedTo, Func<Texts, Notice> message, CancellationToken ct,
        bool fallBackToDesk = true)
    {
        var staff = await People.ReachableStaffAsync(db, ct);
        var managers = staff.Where(s => s.Role == StaffRole.Manager).ToList();
        return await AddAsync(db, managers.Count > 0 || !fallBackToDesk ? managers : staff, keyPrefix, kind, relatedTo, message, ct);
    }

    private async Task<int> AddAsync(FrontDeskDb db, List<StaffMember> staff, string keyPrefix, string kind, string? relatedTo, Func<Texts, Notice> message, CancellationToken ct)
    {
        await composer.AddAsync(db,
            [.. staff.Select(s => NoticeRecipient.TeamsUser(s.AadObjectId!, string.Create(CultureInfo.InvariantCulture, $"{keyPrefix}:{s.Id}")))],
            kind, relatedTo, message, ct);
        return staff.Count;
    }
}
