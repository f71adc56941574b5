using System.Diagnostics;
using System.Diagnostics.Metrics;
using FrontDesk.Data.Notifications;

namespace FrontDesk.Bot.Hosting.Telemetry;

// The outbox as gauges, read from the database when a collector asks (OutboxHealth, read only): notices not
// yet delivered, how long the oldest due one has waited, dead letters. One read serves the three gauges.
public sealed class OutboxGauges(IMeterFactory meters, OutboxHealth outbox, ILogger<OutboxGauges> logger) : IHostedService
{
    private static readonly TimeSpan ReuseFor = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private (OutboxState State, long At)? _last;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = meters.Create(FrontDeskTelemetry.Name);
        meter.CreateObservableGauge("frontdesk.outbox.depth", () => Observe(s => s.Depth), "{notice}", "Notices not yet delivered (pending, retrying or being sent)");
        meter.CreateObservableGauge("frontdesk.outbox.oldest_due_age", () => Observe(s => s.OldestDueAge.TotalSeconds), "s", "How long the oldest due notice has waited");
        meter.CreateObservableGauge("frontdesk.outbox.dead_letter_backlog", () => Observe(s => s.DeadLetters), "{notice}", "Dead-lettered notices kept in the outbox");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // No measurement when the database cannot be read: a gap in the graph, not a false zero.
    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxState, T> value)
        where T : struct
    {
        var state = Read();
        return state is null ? [] : [new Measurement<T>(value(state))];
    }

    private OutboxState? Read()
    {
        lock (_gate)
        {
            if (_last is { } last && Stopwatch.GetElapsedTime(last.At) < ReuseFor)
            {
                return last.State;
            }
            try
            {
                // Collectors call gauges synchronously, on their own thread.
                var state = outbox.ReadAsync().GetAwaiter().GetResult();
                _last = (state, Stopwatch.GetTimestamp());
                return state;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the outbox for its gauges");
                return null;
            }
        }
    }
}
