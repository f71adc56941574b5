using FrontDesk.Data.Directory;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Directory;

// The same rules as the staff form, entry by entry, so a typo stops the start instead of becoming a staff row.
public sealed class StaffSeedOptionsValidator : IValidateOptions<StaffSeedOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffSeedOptions options)
    {
        var errors = new List<string>();
        var firstByEmail = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Staff.Count; i++)
        {
            var seed = options.Staff[i];
            var key = $"{StaffSeedOptions.Section}:Staff:{i}";
            var seedName = seed.Name?.Trim() ?? "";
            if (seedName.Length == 0)
            {
                errors.Add($"{key}:Name is empty.");
            }
            else if (seedName.Length > StaffSeed.MaxNameLength)
            {
                errors.Add($"{key}:Name is longer than {StaffSeed.MaxNameLength} characters.");
            }
            var email = seed.Email?.Trim() ?? "";
            if (!EmailAddress.IsValid(email))
            {
                errors.Add($"{key}:Email '{seed.Email}' is not a valid email address.");
            }
            else if (!firstByEmail.TryAdd(People.NormalizeEmail(email), key))
            {
                errors.Add($"{key}:Email '{seed.Email}' is already listed at {firstByEmail[People.NormalizeEmail(email)]}.");
            }
            if (!StaffSeed.Roles.Contains(seed.Role?.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{key}:Role '{seed.Role}' must be {string.Join(" or ", StaffSeed.Roles)}.");
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
