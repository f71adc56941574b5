using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveColumn : AdaptiveContainer
{
    public new const string TypeName = "Column";

    public override string Type { get; set; } = TypeName;

    // "auto", "stretch", a relative weight such as "2", or "<n>px" (see AdaptiveColumnWidth).
    [JsonProperty("width", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Width { get; set; }
}

public static class AdaptiveColumnWidth
{
    public const string Auto = "auto";
    public const string Stretch = "stretch";
}
