using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveImage : AdaptiveElement
{
    public const string TypeName = "Image";

    public AdaptiveImage()
    {
    }

    public AdaptiveImage(string url)
    {
        UrlString = url;
    }

    public AdaptiveImage(Uri url)
    {
        Url = url;
    }

    public override string Type { get; set; } = TypeName;

    // Kept as a string so data: URIs of any length and relative URLs pass through unchanged.
    [JsonProperty("url")]
    public string? UrlString { get; set; }

    // Null unless absolute: the Bot Framework reflects over attachment content, and a relative Uri's getters throw.
    [JsonIgnore]
    public Uri? Url
    {
        get => Uri.TryCreate(UrlString, UriKind.Absolute, out var url) ? url : null;
        set => UrlString = value?.OriginalString;
    }

    [JsonProperty("altText", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? AltText { get; set; }

    [JsonProperty("size", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveImageSize.Auto)]
    public AdaptiveImageSize Size { get; set; }

    [JsonProperty("style", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveImageStyle.Default)]
    public AdaptiveImageStyle Style { get; set; }

    [JsonProperty("horizontalAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveHorizontalAlignment.Left)]
    public AdaptiveHorizontalAlignment HorizontalAlignment { get; set; }

    [JsonProperty("backgroundColor", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? BackgroundColor { get; set; }

    [JsonProperty("width", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [JsonConverter(typeof(PixelConverter))]
    [DefaultValue(0u)]
    public uint PixelWidth { get; set; }

    [JsonProperty("selectAction", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveAction? SelectAction { get; set; }
}
