using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

// Everything with a "type" discriminator. Order -10 keeps "type" the first property written.
public abstract class AdaptiveTypedElement
{
    [JsonProperty("type", Order = -10)]
    public abstract string Type { get; set; }

    [JsonProperty("id", Order = -9, DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Id { get; set; }

    // Properties the model does not know (e.g. Teams' "msteams") survive a round trip and can be added by hand.
    [JsonExtensionData]
    public IDictionary<string, object?> AdditionalProperties { get; set; } = new JsonValueDictionary();
}
