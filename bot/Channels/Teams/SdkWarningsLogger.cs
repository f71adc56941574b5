namespace FrontDesk.Bot.Channels.Teams;

// The SDK's adapter logs three Information lines a turn ("ProcessActivityAsync", "SendActivitiesAsync for 1
// activities", "Sending activity"): a console write each in production, and nothing an operator reads. Its
// warnings and errors still come through.
public sealed class SdkWarningsLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
