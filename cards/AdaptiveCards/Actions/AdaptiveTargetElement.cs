using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

// Written as an object; read from either an object or the schema's bare element-id string.
[JsonConverter(typeof(AdaptiveTargetElementConverter))]
public class AdaptiveTargetElement
{
    public AdaptiveTargetElement()
    {
    }

    public AdaptiveTargetElement(string elementId)
    {
        ElementId = elementId;
    }

    public AdaptiveTargetElement(string elementId, bool isVisible)
    {
        ElementId = elementId;
        IsVisible = isVisible;
    }

    [JsonProperty("elementId")]
    public string ElementId { get; set; } = string.Empty;

    // Null toggles; true or false sets.
    [JsonProperty("isVisible", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public bool? IsVisible { get; set; }
}
