using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveTextBlock : AdaptiveElement
{
    public const string TypeName = "TextBlock";

    public AdaptiveTextBlock()
    {
    }

    public AdaptiveTextBlock(string text)
    {
        Text = text;
    }

    public override string Type { get; set; } = TypeName;

    // Required by the schema, so written even when empty.
    [JsonProperty("text")]
    public string Text { get; set; } = string.Empty;

    [JsonProperty("size", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveTextSize.Default)]
    public AdaptiveTextSize Size { get; set; }

    [JsonProperty("weight", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveTextWeight.Default)]
    public AdaptiveTextWeight Weight { get; set; }

    [JsonProperty("color", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveTextColor.Default)]
    public AdaptiveTextColor Color { get; set; }

    [JsonProperty("fontType", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveFontType.Default)]
    public AdaptiveFontType FontType { get; set; }

    [JsonProperty("isSubtle", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool IsSubtle { get; set; }

    [JsonProperty("wrap", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Wrap { get; set; }

    [JsonProperty("maxLines", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(0)]
    public int MaxLines { get; set; }

    [JsonProperty("horizontalAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveHorizontalAlignment.Left)]
    public AdaptiveHorizontalAlignment HorizontalAlignment { get; set; }

    [JsonProperty("style", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveTextBlockStyle.Paragraph)]
    public AdaptiveTextBlockStyle Style { get; set; }
}
