using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FrontDesk.Bot.Hosting.Telemetry;

// The bot's own metrics are always recorded (tests and dotnet-counters read them); OpenTelemetry exports them,
// with traces and logs, by OTLP only when an endpoint is configured: Telemetry:OtlpEndpoint, or the standard
// OTEL_EXPORTER_OTLP_ENDPOINT (with the other OTEL_* variables the exporter reads itself).
public static class TelemetrySetup
{
    public const string EndpointSetting = "Telemetry:OtlpEndpoint";
    public const string ProtocolSetting = "Telemetry:OtlpProtocol";

    public static IServiceCollection AddFrontDeskTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TurnTelemetry>();
        services.AddSingleton<TurnCulture>();
        services.AddSingleton<OutboxMetrics>();
        services.AddHostedService<OutboxGauges>();

        var endpoint = configuration[EndpointSetting];
        var fromEnvironment = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return services;
        }
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "frontdesk-bot"))
            .WithTracing(t => t.AddSource(FrontDeskTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(FrontDeskTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            // Log records keep their scopes, so each carries the turn's conversation and activity ids.
            .WithLogging(configureBuilder: null, configureOptions: o => o.IncludeScopes = true);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            telemetry.UseOtlpExporter(Protocol(configuration[ProtocolSetting]), Endpoint(endpoint));
        }
        return services;
    }

    private static Uri Endpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{EndpointSetting} must be an http(s) URL, e.g. http://collector:4317; it is '{value}'.");

    private static OtlpExportProtocol Protocol(string? value) => value?.ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{ProtocolSetting} must be grpc or http/protobuf; it is '{value}'."),
    };
}
