namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Drops lobby conversations nobody has touched for Lobby:DirectLine:ConversationIdleMinutes.
public sealed class ConversationSweeper(IConversationStore store, LobbyForms forms, TimeProvider clock, ILogger<ConversationSweeper> logger) : BackgroundService
{
    // Drops idle conversations, and the kiosk's form state of every conversation that has ended.
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var removed = await store.RemoveIdleAsync();
        await forms.ForgetAsync(store.TakeEnded(), ct);
        return removed;
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
