namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// Listens for the database's wake-ups when the conversations are shared; nothing to do when they are in memory.
public sealed class ConversationWakeups(IConversationStore store, ILogger<ConversationWakeups> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is not SharedConversationStore shared)
        {
            return;
        }
        try
        {
            await shared.ListenAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception e)
        {
            logger.LogError(e, "The lobby stopped listening for wake-ups from other instances");
        }
    }
}
