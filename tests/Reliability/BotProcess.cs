using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Reliability;

// The real bot host as its own process (`dotnet FrontDesk.Bot.dll` from the bot project's build output), configured
// only by environment variables, on a loopback port of its own and a SQLite file the test gives it. Kill is SIGKILL on
// Linux: no shutdown hooks run, exactly like a crash. Start again on the same database and port after a kill.
public sealed class BotProcess : IDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private Process? _process;

    public BotProcess(string databasePath, string logPath, IReadOnlyDictionary<string, string>? settings = null)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        LogPath = logPath;
        _log = new StreamWriter(logPath) { AutoFlush = true };
        _environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            // No app id: incoming auth is off and the host stays on loopback (the mode the tests' fake Teams needs).
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Database__Path"] = databasePath,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _environment[key] = value;
        }
        // A test run that ends abruptly must not leave a host behind.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill();
    }

    public Uri Address { get; }

    public string LogPath { get; }

    public int Starts { get; private set; }

    // The running host's process id (what its round leases name it by), or null when it is not running.
    public int? ProcessId => _process?.Id;

    // Starts the host and waits until /healthz answers (the database is migrated and the workers run).
    public async Task StartAsync(TimeSpan within)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(BotDll.Value)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(BotDll.Value);
        // Only what the test sets, plus what the runtime needs to be found: the test runner's own settings
        // (its environment name, its VSTest variables) must not leak into the host.
        info.Environment.Clear();
        foreach (var name in new[] { "PATH", "HOME", "DOTNET_ROOT", "TMPDIR", "LANG" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                info.Environment[name] = value;
            }
        }
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }
        Starts++;
        Write($"--- start {Starts} at {DateTimeOffset.UtcNow:HH:mm:ss.fff}");
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTimeOffset.UtcNow + within;
        while (DateTimeOffset.UtcNow < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot host exited with {process.ExitCode} while starting; see {LogPath}.");
            }
            try
            {
                using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The bot host did not answer /healthz within {within.TotalSeconds} s; see {LogPath}.");
    }

    // SIGKILL: the process gets no chance to finish a send, settle a row or release a lease.
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            Write($"--- SIGKILL at {DateTimeOffset.UtcNow:HH:mm:ss.fff}");
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Kill();
        lock (_logGate)
        {
            _log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_logGate)
        {
            _log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The bot project's own build output, built by the same `dotnet build` of the solution as these tests
    // (tests/bin/<Configuration>/<tfm>/ → bot/bin/<Configuration>/<tfm>/FrontDesk.Bot.dll).
    private static readonly Lazy<string> BotDll = new(() =>
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var dll = Path.Combine(Repository.Root, "bot", "bin", configuration, framework, "FrontDesk.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: the bot host is not built.", dll);
    });
}
