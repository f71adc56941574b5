using System.ComponentModel.DataAnnotations;
using FrontDesk.Data.Staffing;

namespace FrontDesk.Bot.Features.Staffing;

// Section "Staffing": the service target the Erlang C model staffs for, shrinkage, the plan's minimum at its peaks
// (the peak hours themselves are Traffic:PlanPeaks), the weeks of traffic the arrival rates average, the handling
// time of each kind of interaction, and the length of a shift the suggestion adds.
public sealed class StaffingOptions
{
    public const string Section = "Staffing";

    // "80% of arrivals answered within 20 seconds".
    [Range(1.0, 99.9)]
    public double TargetPercent { get; set; } = 80;

    [Range(1, 3600)]
    public int WithinSeconds { get; set; } = 20;

    [Range(10, 100)]
    public int MaxOccupancyPercent { get; set; } = 85;

    // The share of rostered time not spent at the desk (breaks, training, absence).
    [Range(0, 90)]
    public int ShrinkagePercent { get; set; } = 30;

    // The plan: at least this many people at the desk during its peak hours.
    [Range(0, 20)]
    public int MinimumAtPeak { get; set; } = 2;

    [Range(1, 52)]
    public int HistoryWeeks { get; set; } = 4;

    // Seconds the desk spends on one visitor, one call, one mail item (logging or handing over): configured,
    // because no record the desk keeps holds a duration.
    [Range(1, 3600)]
    public int VisitorSeconds { get; set; } = 120;

    [Range(1, 3600)]
    public int CallSeconds { get; set; } = 180;

    [Range(1, 3600)]
    public int MailSeconds { get; set; } = 60;

    [Range(1, 12)]
    public int ShiftHours { get; set; } = 8;

    public StaffingRules ToRules() => new(
        new ServiceTarget(TargetPercent / 100, WithinSeconds, MaxOccupancyPercent / 100.0), ShrinkagePercent, MinimumAtPeak, HistoryWeeks,
        new HandlingTimes(VisitorSeconds, CallSeconds, MailSeconds), ShiftHours);
}
