using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

public abstract class AdaptiveInput : AdaptiveElement
{
    [JsonProperty("label", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Label { get; set; }

    [JsonProperty("isRequired", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool IsRequired { get; set; }

    [JsonProperty("errorMessage", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? ErrorMessage { get; set; }
}
