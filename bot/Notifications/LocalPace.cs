namespace FrontDesk.Bot.Notifications;

// The pace of a host alone on its database (SQLite): its conversations' limits and its tenants' spacing, in memory,
// taken together under one lock (a slot is taken from both or from neither), since sends run concurrently.
public sealed class LocalPace(ConversationPacer conversations, TenantRateLimiter tenants)
{
    private readonly Lock _gate = new();

    // Tenant is null for channels without a tenant limit (the lobby).
    public PaceDecision Take(string conversationKey, string? tenant, DateTimeOffset now, TimeSpan maxWait)
    {
        lock (_gate)
        {
            if (conversations.Count > 10_000)
            {
                conversations.ForgetIdle(now);
            }
            var at = tenant is null ? now : tenants.NextSlot(tenant, now, spaced: maxWait > TimeSpan.Zero);
            if (at - now > maxWait)
            {
                return new PaceDecision.Later(at - maxWait);
            }
            if (conversations.NextFree(conversationKey, at) is { } free)
            {
                return new PaceDecision.Later(free);
            }
            conversations.Take(conversationKey, at);
            if (tenant is not null)
            {
                tenants.Take(tenant, at);
            }
            return new PaceDecision.Go(at);
        }
    }

    // The send at slot was answered later: the conversation counts it from then (see SendPacing.SettleAsync).
    public void Settle(string conversationKey, DateTimeOffset slot, DateTimeOffset answered)
    {
        lock (_gate)
        {
            conversations.Move(conversationKey, slot, answered);
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
