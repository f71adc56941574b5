using FrontDesk.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontDesk.Bot.Hosting;

// Healthy only when a real query against a migrated table answers.
public sealed class DatabaseHealthCheck(IDbContextFactory<FrontDeskDb> dbs, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            _ = await db.Companies.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("ok");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Database health check failed");
            // The exception stays in the log: /healthz is public.
            return new HealthCheckResult(context.Registration.FailureStatus, "unavailable");
        }
    }
}

public static class HealthEndpoints
{
    public const string DatabaseCheck = "database";

    // Plain text, 200 when healthy and 503 otherwise, e.g. "Healthy\ndatabase: ok".
    public static WebApplication MapFrontDeskHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                http.Response.ContentType = "text/plain; charset=utf-8";
                var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Description}").Prepend(report.Status.ToString());
                await http.Response.WriteAsync(string.Join('\n', lines) + "\n", http.RequestAborted);
            },
        });
        return app;
    }
}
