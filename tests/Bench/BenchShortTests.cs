using FrontDesk.Bench;
using Xunit.Abstractions;

namespace FrontDesk.Tests.Bench;

// The benchmark program's short mode, run as `bench all --short` would run it: every scenario completes and nothing
// is lost or sent twice. Its timings are printed, never asserted (the machine is shared).
public class BenchShortTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_short_mode_runs_every_scenario_with_nothing_lost_or_duplicated()
    {
        using var text = new StringWriter();

        var report = await BenchMain.RunAsync(BenchOptions.Parse(["all", "--short"])!, text);

        output.WriteLine(text.ToString());
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicates);
        foreach (var figure in new[] { "turns.astockechobot", "turns.cFrontDeskcheckin", "turns.dFrontDeskmaillog", "reports.weekly.ms", "lobby.p50", "fanout.rate" })
        {
            Assert.True(report.Figures.ContainsKey(figure), $"The run printed no {figure}:\n{text}");
        }
        Assert.True(report.Figures["fanout.rate"] > 0, "The outbox delivered nothing.");
    }
}
