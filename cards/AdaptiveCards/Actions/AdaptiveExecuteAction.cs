using System.ComponentModel;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AdaptiveCards;

// Universal Actions (Teams/Outlook). Web Chat does not support it; forms here use Action.Submit.
public class AdaptiveExecuteAction : AdaptiveAction
{
    public const string TypeName = "Action.Execute";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("verb", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Verb { get; set; }

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
