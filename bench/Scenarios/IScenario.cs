namespace FrontDesk.Bench.Scenarios;

public interface IScenario
{
    Task RunAsync(BenchOptions options, BenchReport report);
}
