using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveTextRun : AdaptiveInline
{
    public const string TypeName = "TextRun";

    public AdaptiveTextRun()
    {
    }

    public AdaptiveTextRun(string text)
    {
        Text = text;
    }

    public override string Type { get; set; } = TypeName;

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

    [JsonProperty("italic", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Italic { get; set; }

    [JsonProperty("strikethrough", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Strikethrough { get; set; }

    [JsonProperty("highlight", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Highlight { get; set; }

    [JsonProperty("underline", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Underline { get; set; }

    [JsonProperty("selectAction", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveAction? SelectAction { get; set; }
}
