using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

[JsonConverter(typeof(AdaptiveTypedElementConverter))]
public abstract class AdaptiveElement : AdaptiveTypedElement
{
    [JsonProperty("isVisible", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(true)]
    public bool IsVisible { get; set; } = true;

    [JsonProperty("spacing", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveSpacing.Default)]
    public AdaptiveSpacing Spacing { get; set; }

    [JsonProperty("separator", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(false)]
    public bool Separator { get; set; }

    [JsonIgnore]
    public AdaptiveHeight Height { get; set; } = AdaptiveHeight.Auto;

    // Internal, not private, and no ShouldSerialize* method: the SDK's ReadOnlyJsonContractResolver
    // (HttpHelper.BotMessageSerializerSettings) replaces ShouldSerialize and skips properties with private setters.
    [JsonProperty("height", NullValueHandling = NullValueHandling.Ignore)]
    internal AdaptiveHeight? HeightUnlessAuto
    {
        get => Height == AdaptiveHeight.Auto ? null : Height;
        set => Height = value ?? AdaptiveHeight.Auto;
    }
}
