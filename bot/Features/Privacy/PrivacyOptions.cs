using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Privacy;

// Section "Privacy": how long a visitor's personal details are kept, and when the daily clean-up runs.
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    // The kiosk's privacy notice states this number, so the promise and the clean-up cannot drift apart.
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    // Building time, "HH:mm": a quiet hour, since each batch holds the write lock briefly.
    public string RetentionTime { get; set; } = "03:30";

    [Range(1, 10000)]
    public int BatchSize { get; set; } = 500;

    public string RetentionCron
    {
        get
        {
            var at = TimeOnly.ParseExact(RetentionTime, "HH:mm", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{at.Minute} {at.Hour} * * *");
        }
    }
}

public sealed class PrivacyOptionsValidator : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options) =>
        TimeOnly.TryParseExact(options.RetentionTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Privacy:RetentionTime must be a time of day as HH:mm, e.g. 03:30 (it is '{options.RetentionTime}').");
}
