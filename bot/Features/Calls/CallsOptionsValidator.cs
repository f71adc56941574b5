using FrontDesk.Cards.Localization;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Calls;

// The greeting's languages and the phone system's column names, checked at start: a column configured empty or
// twice would make every import fail, or quietly read one column for another.
public sealed class CallsOptionsValidator : IValidateOptions<CallsOptions>
{
    public const int MaxGreetingLength = 300;
    public const int MaxColumnLength = 100;

    public ValidateOptionsResult Validate(string? name, CallsOptions options)
    {
        var errors = new List<string>();
        foreach (var (language, greeting) in options.Greeting)
        {
            if (!Catalog.Languages.Contains(language))
            {
                errors.Add($"Calls:Greeting:{language} is not a language of the bot ({string.Join(", ", Catalog.Languages)}).");
            }
            else if (string.IsNullOrWhiteSpace(greeting) || greeting.Trim().Length > MaxGreetingLength)
            {
                errors.Add($"Calls:Greeting:{language} must be between 1 and {MaxGreetingLength} characters.");
            }
        }
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in options.Records.Named())
        {
            var column = value?.Trim() ?? "";
            if (column.Length is 0 or > MaxColumnLength)
            {
                errors.Add($"Calls:Records:{key} must name a column (1 to {MaxColumnLength} characters).");
            }
            else if (!seen.TryAdd(column, key))
            {
                errors.Add($"Calls:Records:{key} '{column}' is already the column of Calls:Records:{seen[column]}.");
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
