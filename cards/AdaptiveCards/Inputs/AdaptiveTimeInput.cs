using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

// Times are strings in the schema's 24-hour HH:mm form.
public class AdaptiveTimeInput : AdaptiveInput
{
    public const string TypeName = "Input.Time";

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
