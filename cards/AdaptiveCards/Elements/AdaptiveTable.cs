using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

// Schema 1.5 table: column definitions, then rows of cells.
public class AdaptiveTable : AdaptiveElement
{
    public const string TypeName = "Table";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("columns")]
    public List<AdaptiveTableColumnDefinition> Columns { get; set; } = [];

    [JsonProperty("rows")]
    public List<AdaptiveTableRow> Rows { get; set; } = [];

    [JsonProperty("firstRowAsHeaders", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(true)]
    public bool FirstRowAsHeaders { get; set; } = true;

    [JsonProperty("showGridLines", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(true)]
    public bool ShowGridLines { get; set; } = true;

    [JsonProperty("gridStyle", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveContainerStyle? GridStyle { get; set; }

    [JsonProperty("horizontalCellContentAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveHorizontalContentAlignment.Left)]
    public AdaptiveHorizontalContentAlignment HorizontalCellContentAlignment { get; set; }

    [JsonProperty("verticalCellContentAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveVerticalContentAlignment.Top)]
    public AdaptiveVerticalContentAlignment VerticalCellContentAlignment { get; set; }
}
