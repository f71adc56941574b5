using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Npgsql;

namespace FrontDesk.Data.Providers;

// LISTEN on a connection of its own (a pooled one would hand the notifications to whoever borrows it next).
// A dropped connection is made again after a short pause; each (re)connect yields "" so the caller looks again
// for what was sent while nobody listened.
internal static class PostgresListener
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);

    public static async IAsyncEnumerable<string> ListenAsync(string connectionString, string channel, [EnumeratorCancellation] CancellationToken ct)
    {
        var received = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var listening = KeepListeningAsync(connectionString, channel, received.Writer, ct);
        await foreach (var payload in received.Reader.ReadAllAsync(ct))
        {
            yield return payload;
        }
        await listening;
    }

    private static async Task KeepListeningAsync(string connectionString, string channel, ChannelWriter<string> received, CancellationToken ct)
    {
        // Not pooled and never timed out: this connection only waits.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 };
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, e) => received.TryWrite(e.Payload);
                await connection.OpenAsync(ct);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }
                received.TryWrite("");
                while (true)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or System.IO.IOException or InvalidOperationException)
            {
                await Task.Delay(RetryPause, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        received.TryComplete();
    }
}
