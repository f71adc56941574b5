using Newtonsoft.Json;

namespace AdaptiveCards;

// An element type this model does not know, read from JSON; its properties stay in AdditionalProperties.
public sealed class AdaptiveUnknownElement : AdaptiveElement
{
    [JsonProperty("type", Order = -10)]
    public override string Type { get; set; } = string.Empty;
}
