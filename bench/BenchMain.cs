using FrontDesk.Bench.Echo;
using FrontDesk.Bench.Scenarios;

namespace FrontDesk.Bench;

// `bench <turns|lobby|fanout|reports|all> [--short]`: starts what it measures, drives it on 127.0.0.1 and prints
// absolute figures with their ratios; exit code 0 when it completed with nothing lost or duplicated.
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == EchoHost.Command)
        {
            return await EchoHost.RunAsync(args[1..]);
        }
        if (BenchOptions.Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }
        var report = await RunAsync(options, Console.Out);
        return report.Lost + report.Duplicates == 0 ? 0 : 3;
    }

    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter output)
    {
        var report = new BenchReport(output);
        report.Line($"FrontDesk bench · {string.Join(", ", options.Scenarios)} · {(options.Short ? "short" : "full")} mode · {Environment.ProcessorCount} cores · {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        foreach (var scenario in options.Scenarios)
        {
            report.Section(scenario);
            IScenario run = scenario switch
            {
                "turns" => new TurnsScenario(),
                "lobby" => new LobbyScenario(),
                "fanout" => new FanoutScenario(),
                "reports" => new ReportsScenario(),
                _ => throw new ArgumentException($"Unknown scenario {scenario}."),
            };
            await run.RunAsync(options, report);
        }
        report.Summary();
        return report;
    }
}
