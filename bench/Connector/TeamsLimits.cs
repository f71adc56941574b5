namespace FrontDesk.Bench.Connector;

// Teams' documented rate limits for a bot: per conversation 7 in 1 s, 8 in 2 s and 60 in 30 s; per app and
// tenant 50 requests a second. A send over a limit is refused with the seconds until the window frees.
public sealed class TeamsLimits
{
    private static readonly (int Count, TimeSpan Window)[] PerConversation =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30))];

    private static readonly (int Count, TimeSpan Window) PerTenant = (50, TimeSpan.FromSeconds(1));

    private readonly Dictionary<string, Queue<DateTime>> _conversations = [];
    private readonly Queue<DateTime> _tenant = new();
    private readonly Lock _lock = new();

    // Which limit each 429 was for (read after the run).
    public int TenantRefusals { get; private set; }

    public int ChatRefusals { get; private set; }

    // When each tenant 429 was answered.
    public List<DateTime> RefusedAt { get; } = [];

    // The first request the limits counted.
    public DateTime? FirstAt { get; private set; }

    // Null when the send is allowed (and counted), else how long the caller must wait.
    public TimeSpan? TryTake(string conversationId, DateTime now)
    {
        lock (_lock)
        {
            if (!_conversations.TryGetValue(conversationId, out var sent))
            {
                _conversations[conversationId] = sent = new Queue<DateTime>();
            }
            var wait = Wait(sent, now, PerConversation);
            var tenantWait = Wait(_tenant, now, [PerTenant]);
            var longest = wait > tenantWait ? wait : tenantWait;
            if (longest > TimeSpan.Zero)
            {
                if (tenantWait >= wait)
                {
                    TenantRefusals++;
                    RefusedAt.Add(now);
                }
                else
                {
                    ChatRefusals++;
                }
                return longest;
            }
            FirstAt ??= now;
            sent.Enqueue(now);
            _tenant.Enqueue(now);
            return null;
        }
    }

    private static TimeSpan Wait(Queue<DateTime> sent, DateTime now, (int Count, TimeSpan Window)[] limits)
    {
        var longestWindow = limits.Max(l => l.Window);
        while (sent.Count > 0 && now - sent.Peek() >= longestWindow)
        {
            sent.Dequeue();
        }
        var wait = TimeSpan.Zero;
        foreach (var (count, window) in limits)
        {
            var inWindow = sent.Where(t => now - t < window).ToList();
            if (inWindow.Count >= count)
            {
                // The window frees when the oldest send that fills it leaves it.
                var frees = inWindow[^count] + window - now;
                wait = frees > wait ? frees : wait;
            }
        }
        return wait;
    }
}
