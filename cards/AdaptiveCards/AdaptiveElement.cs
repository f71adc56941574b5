using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

[JsonConverter(typeof(AdaptiveTypedElementConverter))]
public abstract class AdaptiveElement : AdaptiveTypedElement
{
    [JsonProperty("isVisible", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(true)]
    public bool IsVisible { get; set; } = true;

    [JsonProperty("spacing", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveSpacing.Default)]
    public AdaptiveSpacing Spacing { get; set; }

    [JsonProperty("separator", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Separator { get; set; }

    [JsonProperty("height")]
    public AdaptiveHeight Height { get; set; } = AdaptiveHeight.Auto;

    public bool ShouldSerializeHeight() => Height is not null && Height != AdaptiveHeight.Auto;
}
