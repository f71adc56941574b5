using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveColumnSet : AdaptiveCollectionElement
{
    public const string TypeName = "ColumnSet";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("columns")]
    public List<AdaptiveColumn> Columns { get; set; } = [];

    [JsonProperty("horizontalAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveHorizontalAlignment.Left)]
    public AdaptiveHorizontalAlignment HorizontalAlignment { get; set; }
}
