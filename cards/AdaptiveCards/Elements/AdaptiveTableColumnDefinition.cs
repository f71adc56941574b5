using System.ComponentModel;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AdaptiveCards;

// "width" is a relative weight (a number) or "<n>px"; PixelWidth wins when both are set.
public class AdaptiveTableColumnDefinition
{
    [JsonIgnore]
    public double Width { get; set; }

    [JsonIgnore]
    public uint PixelWidth { get; set; }

    [JsonProperty("horizontalCellContentAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveHorizontalContentAlignment.Left)]
    public AdaptiveHorizontalContentAlignment HorizontalCellContentAlignment { get; set; }

    [JsonProperty("verticalCellContentAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveVerticalContentAlignment.Top)]
    public AdaptiveVerticalContentAlignment VerticalCellContentAlignment { get; set; }

    // Internal with an internal setter: see AdaptiveElement.HeightUnlessAuto.
    [JsonProperty("width", NullValueHandling = NullValueHandling.Ignore)]
    internal JToken? WidthForJson
    {
        get => PixelWidth > 0
            ? new JValue(string.Create(CultureInfo.InvariantCulture, $"{PixelWidth}px"))
            : Width > 0 ? new JValue(Width) : null;
        set
        {
            if (value?.Type == JTokenType.String && PixelConverter.TryParse((string)value!, out var px))
            {
                PixelWidth = px;
            }
            else if (value?.Type is JTokenType.Integer or JTokenType.Float)
            {
                Width = (double)value;
            }
        }
    }
}
