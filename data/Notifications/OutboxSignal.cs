using System.Threading.Channels;

namespace FrontDesk.Data.Notifications;

// Wakes the sender when something was enqueued in this process, so a notification does not wait for the
// next poll. Several signals before the sender looks count as one.
public sealed class OutboxSignal
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _pending.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken ct) => await _pending.Reader.ReadAsync(ct);
}
