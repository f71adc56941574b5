using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

// What Container, Column and ColumnSet share.
public abstract class AdaptiveCollectionElement : AdaptiveElement
{
    // Nullable: "default" set explicitly resets an inherited emphasis style; null inherits it.
    [JsonProperty("style", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveContainerStyle? Style { get; set; }

    [JsonProperty("selectAction", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveAction? SelectAction { get; set; }

    [JsonProperty("bleed", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Bleed { get; set; }

    [JsonProperty("minHeight", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [JsonConverter(typeof(PixelConverter))]
    [DefaultValue(0u)]
    public uint PixelMinHeight { get; set; }
}
