using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Notifications;

// The pace of hosts sharing one database (PostgreSQL): the same rules as LocalPace, over the slots every host took.
// A send that may wait books its tenant's next spaced slot in one statement (the tenant is every send's bottleneck:
// no lock held across round trips), its run's first window at half pace as on one host, then takes its conversation's slot under that conversation's lock; one that may
// not wait (tests on a fake clock) takes both under both locks, so a second's burst within the limit goes at once.
public sealed class SharedPace(SendPaces store, NotificationsOptions options)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<PaceDecision> TakeAsync(string conversationKey, string? tenant, DateTimeOffset now, TimeSpan maxWait, CancellationToken ct)
    {
        var conversation = ("conversation|" + conversationKey, now - Hour);
        if (tenant is null || maxWait <= TimeSpan.Zero)
        {
            List<(string Key, DateTimeOffset Since)> keys = [conversation];
            if (tenant is not null)
            {
                keys.Add(("tenant|" + tenant, now - TenantRateLimiter.Window(options)));
            }
            return Decision(await store.TakeAsync(keys, slots =>
            {
                var at = tenant is null ? now : TenantRateLimiter.NextSlot(options, slots[1], now, spaced: false);
                // As LocalPace: a tenant slot further off than the send may wait is not taken (the row comes back
                // for it), else a send that may not wait would sit out the tenant's window holding its place.
                return at - now > maxWait ? SlotChoice.FreeAt(at - maxWait) : Conversation(slots[0], at);
            }, ct));
        }
        var booked = await store.BookAsync("tenant-spaced|" + tenant, TenantRateLimiter.Pace(options), now, maxWait, ct);
        if (!booked.Take)
        {
            return Decision(booked);
        }
        // A booked slot its conversation cannot use is left unused: a gap of one spacing in the tenant's pace.
        return Decision(await store.TakeAsync([conversation], slots => Conversation(slots[0], booked.At), ct));
    }

    private SlotChoice Conversation(IReadOnlyList<DateTimeOffset> taken, DateTimeOffset at)
    {
        var windows = ConversationPacer.Windows(options);
        foreach (var slot in taken.Order())
        {
            windows.Take(slot);
        }
        return windows.NextFree(at) is { } free ? SlotChoice.FreeAt(free) : SlotChoice.TakeAt(at);
    }

    private static PaceDecision Decision(SlotChoice choice) =>
        choice.Take ? new PaceDecision.Go(choice.At) : new PaceDecision.Later(choice.At);
}
