using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Schedules;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Supervision;

// Section "Supervision": who owns the front-desk rules, and how often they are reviewed.
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    // The email of the staff member who owns the rules. Checked at start for its form only; at run time it is looked up
    // in the staff list, and when it names nobody who uses the bot the managers are reminded instead.
    public string? RulesOwner { get; set; }

    // How many months each review looks back on.
    [Range(1, 12, ErrorMessage = "Supervision:ReviewMonths must be from 1 to 12.")]
    public int ReviewMonths { get; set; } = 6;

    // When the reminder goes out, as a cron expression in building time. Empty: 09:00 on the first weekday of every
    // ReviewMonths-th month from January ("0 9 1W 1,7 *" for six months).
    public string? ReviewCron { get; set; }

    public string? Owner => string.IsNullOrWhiteSpace(RulesOwner) ? null : People.NormalizeEmail(RulesOwner);

    public string Cron => string.IsNullOrWhiteSpace(ReviewCron) ? DefaultCron(Math.Clamp(ReviewMonths, 1, 12)) : ReviewCron.Trim();

    private static string DefaultCron(int months) =>
        string.Create(CultureInfo.InvariantCulture, $"0 9 1W {string.Join(',', Enumerable.Range(0, 12 / months).Select(i => 1 + (i * months)))} *");
}

public sealed class SupervisionOptionsValidator : IValidateOptions<SupervisionOptions>
{
    public ValidateOptionsResult Validate(string? name, SupervisionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Owner is { } owner && !EmailAddress.IsValid(owner))
        {
            failures.Add($"Supervision:RulesOwner must be an email address, e.g. li.na@building.com (it is '{options.RulesOwner}').");
        }
        if (string.IsNullOrWhiteSpace(options.ReviewCron))
        {
            if (options.ReviewMonths is >= 1 and <= 12 && 12 % options.ReviewMonths != 0)
            {
                failures.Add($"Supervision:ReviewMonths {options.ReviewMonths} does not divide the year: use 1, 2, 3, 4, 6 or 12, or set Supervision:ReviewCron.");
            }
        }
        else
        {
            try
            {
                ScheduledRuns.Parse(options.Cron);
            }
            catch (Cronos.CronFormatException e)
            {
                failures.Add($"Supervision:ReviewCron must be a cron expression (minute hour day month weekday), e.g. \"0 9 1W 1,7 *\" ({e.Message}).");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
