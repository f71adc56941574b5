using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Teams;

// The SDK's own rules per app type, checked at start instead of at the first message from Teams; and an
// unknown type is refused, where the SDK would quietly take it for MultiTenant.
public sealed class BotCredentialsOptionsValidator : IValidateOptions<BotCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, BotCredentialsOptions options)
    {
        var errors = new List<string>();
        var type = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? BotCredentialsOptions.MultiTenant : options.MicrosoftAppType.Trim();
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        if (!BotCredentialsOptions.AppTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"MicrosoftAppType '{options.MicrosoftAppType}' must be one of {string.Join(", ", BotCredentialsOptions.AppTypes)}.");
        }
        else if (!options.IsAuthenticated)
        {
            if (hasPassword || !Is(type, BotCredentialsOptions.MultiTenant))
            {
                errors.Add($"MicrosoftAppId is empty but MicrosoftAppPassword or MicrosoftAppType {type} is set: set the app id, or clear them for local development.");
            }
        }
        else if (Is(type, BotCredentialsOptions.UserAssignedMsi))
        {
            Require(errors, hasTenant, $"MicrosoftAppTenantId is required when MicrosoftAppType is {BotCredentialsOptions.UserAssignedMsi}.");
            Require(errors, !hasPassword, $"MicrosoftAppPassword must be empty when MicrosoftAppType is {BotCredentialsOptions.UserAssignedMsi}.");
        }
        else
        {
            Require(errors, hasPassword, $"MicrosoftAppPassword is required with MicrosoftAppId when MicrosoftAppType is {type}.");
            Require(errors, hasTenant || Is(type, BotCredentialsOptions.MultiTenant), $"MicrosoftAppTenantId is required when MicrosoftAppType is {BotCredentialsOptions.SingleTenant}.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool Is(string type, string expected) => string.Equals(type, expected, StringComparison.OrdinalIgnoreCase);

    private static void Require(List<string> errors, bool condition, string message)
    {
        if (!condition)
        {
            errors.Add(message);
        }
    }
}
