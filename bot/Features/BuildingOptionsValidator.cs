using FrontDesk.Cards.Localization;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features;

public sealed class BuildingOptionsValidator : IValidateOptions<BuildingOptions>
{
    public ValidateOptionsResult Validate(string? name, BuildingOptions options)
    {
        var errors = new List<string>();
        var buildingName = options.BuildingName?.Trim() ?? "";
        if (buildingName.Length == 0)
        {
            errors.Add("FrontDesk:BuildingName must not be empty.");
        }
        else if (buildingName.Length > BuildingOptions.MaxNameLength)
        {
            errors.Add($"FrontDesk:BuildingName is longer than {BuildingOptions.MaxNameLength} characters.");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
        {
            errors.Add($"FrontDesk:TimeZone '{options.TimeZone}' is not a known time zone id (for example Asia/Shanghai).");
        }
        if (!Catalog.Languages.Contains(options.FallbackLanguage))
        {
            errors.Add($"FrontDesk:FallbackLanguage '{options.FallbackLanguage}' must be one of {string.Join(", ", Catalog.Languages)}.");
        }
        if (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"FrontDesk:PublicUrl '{options.PublicUrl}' must be an absolute http or https URL.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
