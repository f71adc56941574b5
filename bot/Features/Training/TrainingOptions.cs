using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FrontDesk.Data.Training;

namespace FrontDesk.Bot.Features.Training;

// Section "Training": when reminders go out, and the currency of session costs.
public sealed class TrainingOptions
{
    public const string Section = "Training";

    // Building-local time of the day-before reminder, and of the quarter's reminder on its day.
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "Training:ReminderTime must be a time like 16:00 (building time).")]
    public string ReminderTime { get; set; } = "16:00";

    // The quarter's reminder goes out this many days before the quarter ends (three weeks).
    [Range(1, 80, ErrorMessage = "Training:QuarterReminderDays must be from 1 to 80.")]
    public int QuarterReminderDays { get; set; } = 21;

    // How often the reminder round looks for what is due.
    [Range(5, 3600)]
    public int RoundSeconds { get; set; } = 60;

    // Shown with every cost ("CNY", "¥"); empty shows the amount alone.
    [MaxLength(10, ErrorMessage = "Training:Currency must be at most 10 characters.")]
    public string? Currency { get; set; }

    // Only called on validated options.
    public TrainingRules ToRules() => new(
        TimeOnly.ParseExact(ReminderTime, "HH:mm", CultureInfo.InvariantCulture),
        QuarterReminderDays,
        string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim());
}
