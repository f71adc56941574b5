using FrontDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontDesk.Bot.Hosting;

// Healthy only when a write would succeed now: the write lock is taken within a short time and a write made
// and rolled back. A read-only file or another writer holding the lock is Unhealthy within ProbeSeconds.
public sealed class DatabaseHealthCheck(IDbContextFactory<FrontDeskDb> dbs, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public const int ProbeSeconds = 2;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        WriteProbeResult result;
        Exception? error;
        await using (var db = await dbs.CreateDbContextAsync(cancellationToken))
        {
            (result, error) = await DatabaseWriteProbe.TryAsync(db, ProbeSeconds, cancellationToken);
        }
        if (result == WriteProbeResult.Writable)
        {
            return HealthCheckResult.Healthy("ok");
        }
        logger.LogError(error, "Database health check: cannot write ({Result})", result);
        // The exception stays in the log: /healthz is public.
        var description = result switch
        {
            WriteProbeResult.Locked => $"locked: another writer held the write lock for {ProbeSeconds} s",
            WriteProbeResult.ReadOnly => "read-only: the database file cannot be written",
            _ => "unavailable",
        };
        return new HealthCheckResult(context.Registration.FailureStatus, description);
    }
}
