using FrontDesk.Bench.Hosting;

namespace FrontDesk.Bench.Fanout;

// One or more real bot hosts on the fanout's database, each in its own process with its own port and log.
public static class FanoutHosts
{
    public static async Task<IReadOnlyList<ChildProcess>> StartAsync(FanoutStore store, int instances)
    {
        var starting = Enumerable.Range(1, instances).Select(i =>
        {
            var address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
            // BENCH_HOST_ARGS: extra settings for the hosts (e.g. "--Notifications:MaxConcurrentSends=32").
            string[] args = ["--contentRoot", RepoPaths.BotContentRoot, "--urls", address.ToString().TrimEnd('/'), .. store.HostArguments, .. (Environment.GetEnvironmentVariable("BENCH_HOST_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            return ChildProcess.StartAsync(RepoPaths.BotDll, args, address, Path.Combine(store.Folder, $"bot-{i}.log"), RepoPaths.BotContentRoot);
        }).ToList();
        return await Task.WhenAll(starting);
    }
}
