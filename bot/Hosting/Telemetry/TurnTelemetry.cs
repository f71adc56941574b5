using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Hosting.Telemetry;

// Bot Framework middleware on both adapters: every log line of a turn carries its conversation and activity
// ids, and each turn is a span and a latency measurement tagged with the task that answered it.
public sealed class TurnTelemetry : Microsoft.Bot.Builder.IMiddleware
{
    private readonly Histogram<double> _duration;
    private readonly ILogger<TurnTelemetry> _logger;

    public TurnTelemetry(IMeterFactory meters, ILogger<TurnTelemetry> logger)
    {
        _logger = logger;
        _duration = meters.Create(FrontDeskTelemetry.Name).CreateHistogram<double>(
            "frontdesk.turn.duration", "s", "How long a Teams or kiosk turn took, by the task that answered it");
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        using var scope = _logger.BeginScope(new TurnScope(activity.ChannelId, activity.Conversation?.Id, activity.Id));
        using var span = FrontDeskTelemetry.Traces.StartActivity("bot.turn");
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            await next(cancellationToken);
            outcome = "ok";
        }
        finally
        {
            var task = TurnTask.Of(turnContext);
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new("task", task), new("channel", activity.ChannelId), new("outcome", outcome));
            span?.SetTag("frontdesk.task", task);
            span?.SetTag("frontdesk.conversation_id", activity.Conversation?.Id);
            span?.SetTag("frontdesk.activity_id", activity.Id);
            span?.SetStatus(outcome == "ok" ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        }
    }
}

// Key-value pairs for structured log sinks (OTLP, JSON console); readable text for the plain console.
public sealed class TurnScope(string? channelId, string? conversationId, string? activityId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _values =
    [
        new("ChannelId", channelId),
        new("ConversationId", conversationId),
        new("ActivityId", activityId),
    ];

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{channelId} conversation {conversationId} activity {activityId}";
}
