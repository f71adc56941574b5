using FrontDesk.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Harness;

// The outbox as tests see it: rows put in directly and read back. The product only adds rows with the
// change that causes them, and only the sender reads them.
public static class OutboxRows
{
    // Saved on its own, like a feature's unit of work with nothing else in it.
    public static Task<Notification> EnqueueAsync(this TeamsHarness teams, NotificationRequest request) => teams.WithDbAsync(async db =>
    {
        var row = (await teams.App.Services.GetRequiredService<Outbox>().EnqueueAsync(db, [request]))[0];
        await db.SaveChangesAsync();
        return row;
    });

    public static Task<Notification?> NotificationAsync(this TeamsHarness teams, string idempotencyKey, CancellationToken ct = default) =>
        teams.WithDbAsync(db => db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.IdempotencyKey == idempotencyKey, ct));

    // Everything sent (or still owed) about one record, oldest first: "visit:42", "mail:M-20261128-0042".
    public static Task<List<Notification>> NotificationsAboutAsync(this TeamsHarness teams, string relatedTo) =>
        teams.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RelatedTo == relatedTo)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync());

    public static Task<List<Notification>> NotificationsWithStatusAsync(this TeamsHarness teams, NotificationStatus status) =>
        teams.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Status == status)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync());
}
