using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

// Dates are strings in the schema's yyyy-MM-dd form.
public class AdaptiveDateInput : AdaptiveInput
{
    public const string TypeName = "Input.Date";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("placeholder", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Placeholder { get; set; }

    [JsonProperty("value", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Value { get; set; }

    [JsonProperty("min", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Min { get; set; }

    [JsonProperty("max", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Max { get; set; }
}
