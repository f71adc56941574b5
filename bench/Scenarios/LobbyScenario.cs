namespace FrontDesk.Bench.Scenarios;

public sealed class LobbyScenario : IScenario
{
    public Task RunAsync(BenchOptions options, BenchReport report)
    {
        report.Line("  not written yet");
        return Task.CompletedTask;
    }
}
