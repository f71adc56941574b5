using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveTableRow : AdaptiveTypedElement
{
    public const string TypeName = "TableRow";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("cells")]
    public List<AdaptiveTableCell> Cells { get; set; } = [];

    [JsonProperty("style", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveContainerStyle? Style { get; set; }
}

public class AdaptiveTableCell : AdaptiveContainer
{
    public new const string TypeName = "TableCell";

    public override string Type { get; set; } = TypeName;
}
