using FrontDesk.Data.Notifications;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontDesk.Bot.Hosting;

// Reports the outbox in /healthz: rows not yet delivered, how long the oldest due one has waited, dead letters.
// Degraded (still 200) when a due row has waited longer than StaleAfter: the sender is stuck or the channel down.
public sealed class OutboxHealthCheck(OutboxHealth outbox, ILogger<OutboxHealthCheck> logger) : IHealthCheck
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var state = await outbox.ReadAsync(cancellationToken);
            var data = new Dictionary<string, object>
            {
                ["depth"] = state.Depth,
                ["oldestDueAgeSeconds"] = Math.Round(state.OldestDueAge.TotalSeconds),
                ["deadLetters"] = state.DeadLetters,
            };
            return state.OldestDueAge > StaleAfter
                ? HealthCheckResult.Degraded($"a due notice has waited {Math.Round(state.OldestDueAge.TotalMinutes)} min", data: data)
                : HealthCheckResult.Healthy("ok", data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Outbox health check failed");
            return new HealthCheckResult(context.Registration.FailureStatus, "unavailable");
        }
    }
}
