using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

// The one gate every proactive send passes: its conversation's limits and its tenant's. Where the pace is kept is
// the database's to say: shared by every host on PostgreSQL, in this process on SQLite (one host per file).
public sealed class SendPacing(LocalPace local, SharedPace shared, SendPaces store, IOptions<NotificationsOptions> options, ILogger<SendPacing> logger)
{
    // Tenant is null for channels without a tenant limit (the lobby).
    public async Task<PaceDecision> TakeAsync(string conversationKey, string? tenant, DateTimeOffset now, CancellationToken ct) =>
        await store.SharedAsync(ct)
            ? await shared.TakeAsync(conversationKey, tenant, now, options.Value.PaceWait, ct)
            : local.Take(conversationKey, tenant, now, options.Value.PaceWait);

    // A send to the conversation at slot was answered at `answered`: its slot moves there. Never throws: the pace
    // keeping the earlier time is only a little less careful, while a send that looked failed would be sent again.
    public async Task SettleAsync(string conversationKey, DateTimeOffset slot, DateTimeOffset answered)
    {
        if (answered <= slot)
        {
            return;
        }
        try
        {
            if (await store.SharedAsync())
            {
                await store.MoveAsync("conversation|" + conversationKey, slot, answered);
            }
            else
            {
                local.Settle(conversationKey, slot, answered);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "The send slot of {Conversation} stays at {Slot}", conversationKey, slot);
        }
    }

    // A host alone on its database counts what the outbox sent in the last hour, so the hourly limit survives a
    // restart; shared pacing is in the database already.
    public async Task SeedAsync(Func<Task<IEnumerable<(string ConversationKey, DateTimeOffset At)>>> sent, CancellationToken ct)
    {
        if (!await store.SharedAsync(ct))
        {
            local.Seed(await sent());
        }
    }
}
