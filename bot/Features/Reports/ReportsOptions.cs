using System.Globalization;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

// Section "Reports": when the managers' daily summary goes out.
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    // Building time, "HH:mm": the daily summary is sent then.
    public string ClosingTime { get; set; } = "18:00";

    public TimeOnly Closing => TimeOnly.ParseExact(ClosingTime, "HH:mm", CultureInfo.InvariantCulture);

    // Every day at closing time, as a cron expression.
    public string DailyCron => string.Create(CultureInfo.InvariantCulture, $"{Closing.Minute} {Closing.Hour} * * *");
}

public sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options) =>
        TimeOnly.TryParseExact(options.ClosingTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Reports:ClosingTime must be a time of day as HH:mm, e.g. 18:00 (it is '{options.ClosingTime}').");
}
