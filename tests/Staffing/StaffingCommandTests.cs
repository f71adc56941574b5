using FrontDesk.Bot.Features.Staffing;
using FrontDesk.Data.Staffing;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Staffing;

// `dotnet run --project bot -- staffing …`, run in-process as Program's command line runs it.
public class StaffingCommandTests
{
    private static (int Code, string[] Output, string Errors) Run(StaffingRules defaults, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = StaffingCommand.Run(["staffing", .. args], output, errors, defaults);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), errors.ToString());
    }

    // 200 arrivals an hour of 180 s is Call Centre Helper's 100 calls in 30 minutes (ErlangCTests): 14 people, 88.8%
    // within 20 s, 20 on the roster with 30% shrinkage.
    [Fact]
    public async Task The_command_prints_the_staff_needed_and_the_service_level_and_the_scheduled_need_after_shrinkage()
    {
        await using var app = new FrontDeskApp();
        var rules = app.Services.GetRequiredService<StaffingRules>();

        var (code, lines, errors) = Run(rules, "--arrivals-per-hour", "200", "--handle-seconds", "180", "--target", "80", "--within", "20", "--shrinkage", "30", "--max-occupancy", "85");

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        Assert.Contains("staff needed: 14", lines);
        Assert.Contains("service level: 88.8%", lines);
        Assert.Contains("probability of waiting: 17.4%", lines);
        Assert.Contains("average speed of answer: 7.8 s", lines);
        Assert.Contains("occupancy: 71.4%", lines);
        Assert.Contains("scheduled staff needed: 20 (with 30% shrinkage)", lines);

        // Without --shrinkage only the raw need; target, time and occupancy left out come from the Staffing settings.
        var (_, plain, _) = Run(rules, "--arrivals-per-hour", "200", "--handle-seconds", "180");
        Assert.Contains("staff needed: 14", plain);
        Assert.Contains("target: 80.0% within 20 s, occupancy at most 85.0%", plain);
        Assert.DoesNotContain(plain, l => l.StartsWith("scheduled", StringComparison.Ordinal));

        // A stricter target needs more: 90% within 20 s is 15 people (94.1%).
        var (_, strict, _) = Run(rules, "--arrivals-per-hour", "200", "--handle-seconds", "180", "--target", "90");
        Assert.Contains("staff needed: 15", strict);
        Assert.Contains("service level: 94.1%", strict);

        var (_, none, _) = Run(rules, "--arrivals-per-hour", "0", "--handle-seconds", "180");
        Assert.Contains("staff needed: 0", none);
        Assert.Contains("service level: 100.0%", none);
    }

    [Theory]
    [InlineData("--handle-seconds 180", "--arrivals-per-hour is required.")]
    [InlineData("--arrivals-per-hour 200", "--handle-seconds is required.")]
    [InlineData("--arrivals-per-hour lots --handle-seconds 180", "--arrivals-per-hour needs a number; \"lots\" is not one.")]
    [InlineData("--arrivals-per-hour 200 --handle-seconds", "--handle-seconds needs a number; \"\" is not one.")]
    [InlineData("--arrivals-per-hour 200 --handle-seconds 180 --agents 3", "--agents is not an option of this command.")]
    [InlineData("--arrivals-per-hour 200 --arrivals-per-hour 100 --handle-seconds 180", "--arrivals-per-hour is given twice.")]
    [InlineData("--arrivals-per-hour 200 --handle-seconds 180 --target 100", "--target 100 is out of range: it must be more than 0 and less than 100.")]
    [InlineData("--arrivals-per-hour 200 --handle-seconds 0", "--handle-seconds 0 is out of range: it must be more than 0 and at most 86400.")]
    [InlineData("--arrivals-per-hour -5 --handle-seconds 180", "--arrivals-per-hour -5 is out of range: it must be at least 0 and at most 1000000.")]
    [InlineData("--arrivals-per-hour 200 --handle-seconds 180 --shrinkage 100", "--shrinkage 100 is out of range: it must be at least 0 and less than 100.")]
    [InlineData("--arrivals-per-hour 200 --handle-seconds 180 --max-occupancy 120", "--max-occupancy 120 is out of range: it must be more than 0 and at most 100.")]
    public void Bad_arguments_are_explained_with_the_usage_and_exit_with_code_2(string args, string message)
    {
        var (code, lines, errors) = Run(StaffingRules.Default, args.Split(' '));

        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Equal([message, "Usage: " + StaffingCommand.Usage], errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
