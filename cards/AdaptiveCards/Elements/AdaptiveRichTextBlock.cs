using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveRichTextBlock : AdaptiveElement
{
    public const string TypeName = "RichTextBlock";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("inlines")]
    public List<AdaptiveInline> Inlines { get; set; } = [];

    [JsonProperty("horizontalAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveHorizontalAlignment.Left)]
    public AdaptiveHorizontalAlignment HorizontalAlignment { get; set; }
}
