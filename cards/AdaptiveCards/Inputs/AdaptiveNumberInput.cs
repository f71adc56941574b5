using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveNumberInput : AdaptiveInput
{
    public const string TypeName = "Input.Number";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("placeholder", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Placeholder { get; set; }

    [JsonProperty("value", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public double? Value { get; set; }

    [JsonProperty("min", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public double? Min { get; set; }

    [JsonProperty("max", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public double? Max { get; set; }
}
