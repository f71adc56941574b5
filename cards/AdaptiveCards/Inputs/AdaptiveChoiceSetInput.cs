using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveChoiceSetInput : AdaptiveInput
{
    public const string TypeName = "Input.ChoiceSet";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("choices")]
    public List<AdaptiveChoice> Choices { get; set; } = [];

    [JsonProperty("isMultiSelect", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool IsMultiSelect { get; set; }

    [JsonProperty("style", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveChoiceInputStyle.Compact)]
    public AdaptiveChoiceInputStyle Style { get; set; }

    // For multi-select, the chosen values joined by commas.
    [JsonProperty("value", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Value { get; set; }

    [JsonProperty("placeholder", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Placeholder { get; set; }

    [JsonProperty("wrap", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Wrap { get; set; }
}

// A choice is a plain title/value pair: no "type" in the schema.
public class AdaptiveChoice
{
    [JsonProperty("title")]
    public string Title { get; set; } = string.Empty;

    [JsonProperty("value")]
    public string Value { get; set; } = string.Empty;
}
