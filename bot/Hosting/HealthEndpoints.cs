using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FrontDesk.Bot.Hosting;

public static class HealthEndpoints
{
    public const string DatabaseCheck = "database";
    public const string OutboxCheck = "outbox";

    // JSON, 200 when healthy or degraded and 503 otherwise, e.g.
    // {"status":"Healthy","database":{"status":"Healthy","description":"ok"},"outbox":{"status":"Healthy","description":"ok","depth":0,...}}
    public static WebApplication MapFrontDeskHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                var body = new Dictionary<string, object> { ["status"] = report.Status.ToString() };
                foreach (var (name, entry) in report.Entries)
                {
                    var check = new Dictionary<string, object> { ["status"] = entry.Status.ToString(), ["description"] = entry.Description ?? "" };
                    foreach (var (key, value) in entry.Data)
                    {
                        check[key] = value;
                    }
                    body[name] = check;
                }
                http.Response.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
            },
        });
        return app;
    }
}
