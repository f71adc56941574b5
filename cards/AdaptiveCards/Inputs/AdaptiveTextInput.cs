using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveTextInput : AdaptiveInput
{
    public const string TypeName = "Input.Text";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("placeholder", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Placeholder { get; set; }

    [JsonProperty("value", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Value { get; set; }

    [JsonProperty("maxLength", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(0)]
    public int MaxLength { get; set; }

    [JsonProperty("isMultiline", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool IsMultiline { get; set; }

    [JsonProperty("style", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveTextInputStyle.Text)]
    public AdaptiveTextInputStyle Style { get; set; }

    [JsonProperty("regex", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Regex { get; set; }

    [JsonProperty("inlineAction", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveAction? InlineAction { get; set; }
}
