using System.Globalization;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

// Section "Reports": when the managers' daily summary and weekly report go out.
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    // Building time, "HH:mm": the daily summary is sent then.
    public string ClosingTime { get; set; } = "18:00";

    public TimeOnly Closing => TimeOnly.ParseExact(ClosingTime, "HH:mm", CultureInfo.InvariantCulture);

    // Every day at closing time, as a cron expression.
    public string DailyCron => string.Create(CultureInfo.InvariantCulture, $"{Closing.Minute} {Closing.Hour} * * *");

    // What an hour of a desk staff member costs (in the building's currency), for the report's cost figures (R13);
    // 0: not set, and the report says so.
    [System.ComponentModel.DataAnnotations.Range(typeof(decimal), "0", "100000")]
    public decimal StaffHourlyCost { get; set; }

    // Building time, "HH:mm", on Mondays: the weekly report on the week just ended is sent then.
    public string WeeklyTime { get; set; } = "08:00";

    public string WeeklyCron
    {
        get
        {
            var at = TimeOnly.ParseExact(WeeklyTime, "HH:mm", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{at.Minute} {at.Hour} * * 1");
        }
    }
}

public sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        var problems = new List<string>();
        foreach (var (key, value, example) in new[] { ("ClosingTime", options.ClosingTime, "18:00"), ("WeeklyTime", options.WeeklyTime, "08:00") })
        {
            if (!TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"Reports:{key} must be a time of day as HH:mm, e.g. {example} (it is '{value}').");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
