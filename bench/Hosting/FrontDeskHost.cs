namespace FrontDesk.Bench.Hosting;

// The real bot host as deployed: its Release build in its own process, production settings from bot/appsettings.json,
// auth off (so loopback only), on a free port and the scenario's database.
public static class FrontDeskHost
{
    public static Task<ChildProcess> StartAsync(BenchDatabase database, IReadOnlyDictionary<string, string>? settings = null, string log = "bot.log")
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var args = new List<string>
        {
            "--contentRoot", RepoPaths.BotContentRoot,
            "--urls", address.ToString().TrimEnd('/'),
        };
        args.AddRange(database.HostArgs);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            args.Add($"--{key}={value}");
        }
        // BENCH_HOST_ARGS: extra settings for every host (e.g. "--Notifications:MaxConcurrentSends=32").
        args.AddRange((Environment.GetEnvironmentVariable("BENCH_HOST_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return ChildProcess.StartAsync(RepoPaths.BotDll, args, address, System.IO.Path.Combine(database.Folder, log), RepoPaths.BotContentRoot);
    }
}
