using System.Diagnostics.Metrics;
using FrontDesk.Bot.Notifications;

namespace FrontDesk.Bot.Hosting.Telemetry;

// Counters of the outbox sender's work, tagged with the notice's kind ("visit.arrival", "mail.urgent", …):
// each delivery attempt by its result, each retry scheduled, each notice dead-lettered.
public sealed class OutboxMetrics
{
    private readonly Counter<long> _sends;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _deadLetters;

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(FrontDeskTelemetry.Name);
        _sends = meter.CreateCounter<long>("frontdesk.outbox.sends", "{attempt}", "Delivery attempts by result (sent, throttled, failed, unreachable, rejected, paced)");
        _retries = meter.CreateCounter<long>("frontdesk.outbox.retries", "{retry}", "Retries scheduled after a failed or throttled attempt");
        _deadLetters = meter.CreateCounter<long>("frontdesk.outbox.dead_letters", "{notice}", "Notices given up on");
    }

    // After each delivery attempt, with what it came to.
    public void RecordSend(DeliveryResult result, string kind) =>
        _sends.Add(1, new("result", ResultName(result)), new("kind", kind));

    public void RecordRetry(string kind) => _retries.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void RecordDeadLetter(string kind) => _deadLetters.Add(1, new KeyValuePair<string, object?>("kind", kind));

    // "Sent" → "sent": the result's own type name, so a new kind of result needs no change here.
    public static string ResultName(DeliveryResult result) => result.GetType().Name.ToLowerInvariant();
}
