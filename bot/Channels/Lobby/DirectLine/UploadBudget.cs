using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

// The memory all lobby conversations together may hold in uploaded files (Lobby:DirectLine:UploadBudgetBytes).
// Files are never written to disk: they are a visitor's, and memory is gone with the conversation.
public sealed class UploadBudget(IOptions<LobbyOptions> options)
{
    private readonly long _budget = options.Value.DirectLine.UploadBudgetBytes;
    private long _held;

    public long HeldBytes => Interlocked.Read(ref _held);

    // Takes room for a file, or says there is none; never lets the total pass the budget.
    public bool TryReserve(long bytes)
    {
        while (true)
        {
            var held = Interlocked.Read(ref _held);
            if (held + bytes > _budget)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _held, held + bytes, held) == held)
            {
                return true;
            }
        }
    }

    public void Release(long bytes) => Interlocked.Add(ref _held, -bytes);
}
