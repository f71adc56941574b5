namespace FrontDesk.Bot.Notifications;

// The one gate every proactive send passes: its conversation's limits and its tenant's, taken together
// under one lock (a slot is taken from both or from neither), since sends run concurrently.
public sealed class SendPacing(ConversationPacer conversations, TenantRateLimiter tenants)
{
    private readonly Lock _gate = new();

    // Takes a slot now, or returns the earliest time one may be free (and takes nothing). Tenant is null for
    // channels without a tenant limit (the lobby).
    public DateTimeOffset? TryTake(string conversationKey, string? tenant, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (conversations.Count > 10_000)
            {
                conversations.ForgetIdle(now);
            }
            var free = conversations.NextFree(conversationKey, now);
            if (tenant is not null && tenants.NextFree(tenant, now) is { } tenantFree && (free is null || tenantFree > free))
            {
                free = tenantFree;
            }
            if (free is not null)
            {
                return free;
            }
            conversations.Take(conversationKey, now);
            if (tenant is not null)
            {
                tenants.Take(tenant, now);
            }
            return null;
        }
    }

    // What was sent before this process started (from the outbox's rows), so the hourly limit survives a restart.
    public void Seed(IEnumerable<(string ConversationKey, DateTimeOffset At)> sends)
    {
        lock (_gate)
        {
            foreach (var (key, at) in sends.OrderBy(s => s.At))
            {
                conversations.Take(key, at);
            }
        }
    }
}
