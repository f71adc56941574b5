using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveOpenUrlAction : AdaptiveAction
{
    public const string TypeName = "Action.OpenUrl";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("url")]
    public string? UrlString { get; set; }

    // Null unless absolute: the Bot Framework reflects over attachment content, and a relative Uri's getters throw.
    [JsonIgnore]
    public Uri? Url
    {
        get => Uri.TryCreate(UrlString, UriKind.Absolute, out var url) ? url : null;
        set => UrlString = value?.OriginalString;
    }
}
