using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

[JsonConverter(typeof(AdaptiveTypedElementConverter))]
public abstract class AdaptiveAction : AdaptiveTypedElement
{
    [JsonProperty("title", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Title { get; set; }

    [JsonProperty("iconUrl", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? IconUrl { get; set; }

    [JsonProperty("style", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveActionStyle.Default)]
    public AdaptiveActionStyle Style { get; set; }

    [JsonProperty("mode", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveActionMode.Primary)]
    public AdaptiveActionMode Mode { get; set; }

    [JsonProperty("tooltip", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Tooltip { get; set; }

    [JsonProperty("isEnabled", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(true)]
    public bool IsEnabled { get; set; } = true;
}
