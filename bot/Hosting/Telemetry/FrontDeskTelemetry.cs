using System.Diagnostics;

namespace FrontDesk.Bot.Hosting.Telemetry;

// The names under which the bot's own metrics and traces are published (Meter and ActivitySource "FrontDesk").
public static class FrontDeskTelemetry
{
    public const string Name = "FrontDesk";

    public static readonly ActivitySource Traces = new(Name);
}
