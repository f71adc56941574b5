using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveImageSet : AdaptiveElement
{
    public const string TypeName = "ImageSet";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("images")]
    public List<AdaptiveImage> Images { get; set; } = [];

    [JsonProperty("imageSize", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveImageSize.Auto)]
    public AdaptiveImageSize ImageSize { get; set; }
}
