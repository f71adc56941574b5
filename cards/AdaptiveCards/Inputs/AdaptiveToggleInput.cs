using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveToggleInput : AdaptiveInput
{
    public const string TypeName = "Input.Toggle";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("title")]
    public string Title { get; set; } = string.Empty;

    [JsonProperty("value", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Value { get; set; }

    [JsonProperty("valueOn", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue("true")]
    public string ValueOn { get; set; } = "true";

    [JsonProperty("valueOff", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue("false")]
    public string ValueOff { get; set; } = "false";

    [JsonProperty("wrap", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Wrap { get; set; }
}
