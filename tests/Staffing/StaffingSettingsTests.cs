using FrontDesk.Bot.Features.Staffing;
using FrontDesk.Bot.Features.Traffic;
using FrontDesk.Data.Staffing;
using FrontDesk.Data.Traffic;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Staffing;

public class StaffingSettingsTests
{
    [Theory]
    [InlineData("Traffic:PlanPeaks", "9-11", "Traffic:PlanPeaks '9-11' must list whole-hour ranges such as 09:00-11:00,14:00-16:00.")]
    [InlineData("Traffic:PlanPeaks", "09:00-11:00,10:00-12:00", "Traffic:PlanPeaks '09:00-11:00,10:00-12:00' has ranges that overlap.")]
    [InlineData("Traffic:PlanPeaks", "11:00-09:00", "must list whole-hour ranges")]
    [InlineData("Traffic:PeakSharePercent", "0", "The field PeakSharePercent must be between 1 and 100.")]
    [InlineData("Staffing:TargetPercent", "100", "The field TargetPercent must be between 1 and 99.9.")]
    [InlineData("Staffing:ShrinkagePercent", "95", "The field ShrinkagePercent must be between 0 and 90.")]
    [InlineData("Staffing:CallSeconds", "0", "The field CallSeconds must be between 1 and 3600.")]
    [InlineData("Staffing:HistoryWeeks", "abc", "Staffing:HistoryWeeks")]
    public void A_bad_traffic_or_staffing_setting_stops_the_start_naming_the_key(string key, string value, string expected)
    {
        using var app = new FrontDeskApp();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => key.StartsWith("Traffic", StringComparison.Ordinal)
            ? app.Services.GetRequiredService<IOptions<TrafficOptions>>().Value
            : (object)app.Services.GetRequiredService<IOptions<StaffingOptions>>().Value);
        Assert.Contains(expected, string.Join("\n", Messages(error)), StringComparison.Ordinal);
    }

    // Every message in the exception and the ones inside it (a start can fail with several at once).
    private static IEnumerable<string> Messages(Exception e) =>
        [e.Message, .. (e is AggregateException all ? all.InnerExceptions : e.InnerException is { } inner ? [inner] : []).SelectMany(Messages)];

    [Fact]
    public async Task The_settings_become_the_models_rules()
    {
        await using var app = new FrontDeskApp();
        app.Settings["Traffic:PlanPeaks"] = "14:00-16:00, 08:00-10:00";
        app.Settings["Staffing:TargetPercent"] = "90";
        app.Settings["Staffing:WithinSeconds"] = "15";
        app.Settings["Staffing:MaxOccupancyPercent"] = "80";
        app.Settings["Staffing:ShrinkagePercent"] = "25";
        app.Settings["Staffing:MinimumAtPeak"] = "3";
        app.Settings["Staffing:VisitorSeconds"] = "300";

        var peaks = app.Services.GetRequiredService<PeakRules>();
        var rules = app.Services.GetRequiredService<StaffingRules>();

        Assert.Equal([new HourRange(8, 10), new HourRange(14, 16)], peaks.Plan);
        Assert.Equal(new ServiceTarget(0.9, 15, 0.8), rules.Target);
        Assert.Equal((25m, 3, 4, 8), (rules.ShrinkagePercent, rules.MinimumAtPeak, rules.HistoryWeeks, rules.ShiftHours));
        Assert.Equal(new HandlingTimes(300, 180, 60), rules.Handling);
    }
}
