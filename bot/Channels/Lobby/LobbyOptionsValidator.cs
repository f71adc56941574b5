using FrontDesk.Cards.Localization;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

public sealed class LobbyOptionsValidator : IValidateOptions<LobbyOptions>
{
    public ValidateOptionsResult Validate(string? name, LobbyOptions options)
    {
        var errors = new List<string>();
        var dl = options.DirectLine;
        if (options.RetiredBuildingName is not null)
        {
            errors.Add("Lobby:BuildingName is no longer read: the kiosk shows FrontDesk:BuildingName, as the cards do. Put the name there and remove Lobby:BuildingName.");
        }
        if (options.LogoUrl is { Length: > 0 } logo && !IsPageUrl(logo))
        {
            errors.Add("Lobby:LogoUrl must be an http(s) URL or a path starting with '/'.");
        }
        if (options.IdleResetMinutes is < 0.05 or > 240)
        {
            errors.Add("Lobby:IdleResetMinutes must be between 0.05 and 240.");
        }
        if (!Catalog.Languages.Contains(options.Language))
        {
            errors.Add($"Lobby:Language must be one of {string.Join(", ", Catalog.Languages)}.");
        }
        foreach (var language in options.PrivacyNotice.Keys.Where(k => !Catalog.Languages.Contains(k)))
        {
            errors.Add($"Lobby:PrivacyNotice:{language} is not a language of the kiosk ({string.Join(", ", Catalog.Languages)}).");
        }
        Positive(errors, "TokenRequestsPerMinute", options.TokenRequestsPerMinute);
        Positive(errors, "TokenRequestsPerMinutePerAddress", options.TokenRequestsPerMinutePerAddress);
        Positive(errors, "MaxWrongCodes", options.MaxWrongCodes);
        Positive(errors, "DirectLine:TokenMinutes", dl.TokenMinutes);
        Positive(errors, "DirectLine:RefreshesPerHour", dl.RefreshesPerHour);
        Positive(errors, "DirectLine:ConversationIdleMinutes", dl.ConversationIdleMinutes);
        Positive(errors, "DirectLine:MaxConversations", dl.MaxConversations);
        Positive(errors, "DirectLine:MaxActivitiesPerConversation", dl.MaxActivitiesPerConversation);
        Positive(errors, "DirectLine:MaxActivityBytes", dl.MaxActivityBytes);
        Positive(errors, "DirectLine:MaxUploadBytes", dl.MaxUploadBytes);
        Positive(errors, "DirectLine:UploadBudgetBytes", dl.UploadBudgetBytes);
        Positive(errors, "DirectLine:PostsPerMinute", dl.PostsPerMinute);
        Positive(errors, "DirectLine:KeepAliveSeconds", dl.KeepAliveSeconds);
        if (dl.Secret is { Length: > 0 and < 16 })
        {
            errors.Add("Lobby:DirectLine:Secret must be at least 16 characters (or unset for a random one).");
        }
        if (dl.Mode == DirectLineMode.Azure)
        {
            if (string.IsNullOrWhiteSpace(dl.AzureSecret))
            {
                errors.Add("Lobby:DirectLine:AzureSecret is required when Lobby:DirectLine:Mode is Azure.");
            }
            if (!Uri.TryCreate(dl.AzureEndpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add("Lobby:DirectLine:AzureEndpoint must be an https URL.");
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsPageUrl(string value) =>
        value.StartsWith('/') ||
        (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    private static void Positive(List<string> errors, string key, double value)
    {
        if (value <= 0)
        {
            errors.Add($"Lobby:{key} must be greater than zero.");
        }
    }
}
