namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Drops lobby conversations nobody has touched for Lobby:DirectLine:ConversationIdleMinutes.
public sealed class ConversationSweeper(ConversationStore store, TimeProvider clock, ILogger<ConversationSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var removed = store.RemoveIdle();
            if (removed > 0)
            {
                logger.LogInformation("Dropped {Count} idle lobby conversations", removed);
            }
        }
    }
}
