using System.ComponentModel;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AdaptiveCards;

public class AdaptiveSubmitAction : AdaptiveAction
{
    public const string TypeName = "Action.Submit";

    public override string Type { get; set; } = TypeName;

    // Merged with the input values into Activity.Value when the user submits.
    [JsonProperty("data", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [JsonConverter(typeof(ActionDataConverter))]
    [DefaultValue(null)]
    public object? Data { get; set; }

    [JsonIgnore]
    public string? DataJson
    {
        get => Data is null ? null : JsonConvert.SerializeObject(Data);
        set => Data = value is null ? null : JToken.Parse(value);
    }

    [JsonProperty("associatedInputs", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveAssociatedInputs.Auto)]
    public AdaptiveAssociatedInputs AssociatedInputs { get; set; }
}
