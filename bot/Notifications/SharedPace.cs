using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Notifications;

// The pace of hosts sharing one database (PostgreSQL): the same rules as LocalPace, over the slots every host took,
// read and taken in the database under the conversation's and the tenant's locks.
public sealed class SharedPace(SendPaces store, NotificationsOptions options)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<PaceDecision> TakeAsync(string conversationKey, string? tenant, DateTimeOffset now, TimeSpan maxWait, CancellationToken ct)
    {
        List<(string Key, DateTimeOffset Since)> keys = [("conversation|" + conversationKey, now - Hour)];
        if (tenant is not null)
        {
            keys.Add(("tenant|" + tenant, now - TenantRateLimiter.Window(options)));
        }
        var choice = await store.TakeAsync(keys, slots =>
        {
            var at = tenant is null ? now : TenantRateLimiter.NextSlot(options, slots[1], now, spaced: maxWait > TimeSpan.Zero);
            if (at - now > maxWait)
            {
                return SlotChoice.FreeAt(at - maxWait);
            }
            var windows = ConversationPacer.Windows(options);
            foreach (var taken in slots[0].Order())
            {
                windows.Take(taken);
            }
            return windows.NextFree(at) is { } free ? SlotChoice.FreeAt(free) : SlotChoice.TakeAt(at);
        }, ct);
        return choice.Take ? new PaceDecision.Go(choice.At) : new PaceDecision.Later(choice.At);
    }
}
