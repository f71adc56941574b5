using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveActionSet : AdaptiveElement
{
    public const string TypeName = "ActionSet";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("actions")]
    public List<AdaptiveAction> Actions { get; set; } = [];
}
