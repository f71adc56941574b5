using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveOpenUrlAction : AdaptiveAction
{
    public const string TypeName = "Action.OpenUrl";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("url")]
    public string? UrlString { get; set; }

    [JsonIgnore]
    public Uri? Url
    {
        get => UrlString is null ? null : new Uri(UrlString, UriKind.RelativeOrAbsolute);
        set => UrlString = value?.OriginalString;
    }
}
