using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit.Sdk;

namespace FrontDesk.Tests.Harness;

// What a refused start said. When the host fails in StartAsync, the app's own thread disposes it, and
// WebApplicationFactory sometimes reaches the disposed host first: the test then sees ObjectDisposedException, not
// the refusal. The host logs the refusal before it disposes anything, so it is read from the log as well.
public sealed class StartRefusal : ILoggerProvider
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private readonly List<Exception> _logged = [];

    public static OptionsValidationException Of(FrontDeskApp app)
    {
        Exception thrown;
        try
        {
            _ = app.Services;
            throw new XunitException("The app started; a refusal was expected.");
        }
        catch (Exception e) when (e is not XunitException)
        {
            thrown = e;
        }
        var seen = new[] { thrown }.Concat(app.Refusal.Logged()).SelectMany(Chain);
        return seen.OfType<OptionsValidationException>().FirstOrDefault()
            ?? throw new XunitException($"The start failed without an OptionsValidationException: {thrown}");
    }

    public ILogger CreateLogger(string categoryName) => categoryName == HostCategory ? new Recorder(this) : NullLogger;

    public void Dispose()
    {
    }

    private static readonly ILogger NullLogger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private Exception[] Logged()
    {
        lock (_logged)
        {
            return [.. _logged];
        }
    }

    // The exception, and every exception it wraps, outermost first.
    public static IEnumerable<Exception> Chain(Exception e)
    {
        yield return e;
        var inner = e is AggregateException all ? all.InnerExceptions : e.InnerException is { } one ? [one] : (IEnumerable<Exception>)[];
        foreach (var found in inner.SelectMany(Chain))
        {
            yield return found;
        }
    }

    private sealed class Recorder(StartRefusal owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && IsEnabled(logLevel))
            {
                lock (owner._logged)
                {
                    owner._logged.Add(exception);
                }
            }
        }
    }
}
