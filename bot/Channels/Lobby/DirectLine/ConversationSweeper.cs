namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Drops lobby conversations nobody has touched for Lobby:DirectLine:ConversationIdleMinutes.
public sealed class ConversationSweeper(IConversationStore store, LobbyForms forms, TimeProvider clock, ILogger<ConversationSweeper> logger) : BackgroundService
{
    // One sweep at a time: a sweep asked for while the timer's runs waits for it, so when it returns the forms of
    // every conversation ended so far are gone (not still being forgotten by the other).
    private readonly SemaphoreSlim _one = new(1, 1);

    // Drops idle conversations, and the kiosk's form state of every conversation that has ended.
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        await _one.WaitAsync(ct);
        try
        {
            var removed = await store.RemoveIdleAsync();
            await forms.ForgetAsync(store.TakeEnded(), ct);
            return removed;
        }
        finally
        {
            _one.Release();
        }
    }

    public override void Dispose()
    {
        _one.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var removed = await SweepAsync(stoppingToken);
            if (removed > 0)
            {
                logger.LogInformation("Dropped {Count} idle lobby conversations", removed);
            }
        }
    }
}
