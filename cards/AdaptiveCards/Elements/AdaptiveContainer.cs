using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveContainer : AdaptiveCollectionElement
{
    public const string TypeName = "Container";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("items")]
    public List<AdaptiveElement> Items { get; set; } = [];

    [JsonProperty("verticalContentAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveVerticalContentAlignment.Top)]
    public AdaptiveVerticalContentAlignment VerticalContentAlignment { get; set; }

    [JsonProperty("rtl", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public bool? Rtl { get; set; }
}
