using System.ComponentModel.DataAnnotations;
using FrontDesk.Data.Traffic;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Traffic;

// Section "Traffic": the plan's peak hours and how busy an hour must be to count as a peak in the data.
public sealed class TrafficOptions
{
    public const string Section = "Traffic";

    // Whole local hours, comma-separated; the staffing rule's "at least two at the desk" holds in these.
    public string PlanPeaks { get; set; } = "09:00-11:00,14:00-16:00";

    // An hour is a peak in the data when its interactions reach this share of the busiest hour's.
    [Range(1, 100)]
    public int PeakSharePercent { get; set; } = 75;

    public IReadOnlyList<HourRange?> ParsedPeaks => [.. (PlanPeaks ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(HourRange.Parse)];

    // Only called on validated options.
    public PeakRules ToRules() => new([.. ParsedPeaks.OfType<HourRange>().OrderBy(r => r.Start)], PeakSharePercent);
}

public sealed class TrafficOptionsValidator : IValidateOptions<TrafficOptions>
{
    public ValidateOptionsResult Validate(string? name, TrafficOptions options)
    {
        var peaks = options.ParsedPeaks;
        if (peaks.Count == 0 || peaks.Any(p => p is null))
        {
            return ValidateOptionsResult.Fail($"Traffic:PlanPeaks '{options.PlanPeaks}' must list whole-hour ranges such as 09:00-11:00,14:00-16:00.");
        }
        var hours = peaks.SelectMany(p => p!.Value.Each).ToList();
        return hours.Count == hours.Distinct().Count()
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Traffic:PlanPeaks '{options.PlanPeaks}' has ranges that overlap.");
    }
}
