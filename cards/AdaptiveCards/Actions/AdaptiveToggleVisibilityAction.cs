using Newtonsoft.Json;

namespace AdaptiveCards;

// Shows or hides elements by id on the client, without a round trip to the bot.
public class AdaptiveToggleVisibilityAction : AdaptiveAction
{
    public const string TypeName = "Action.ToggleVisibility";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("targetElements")]
    public List<AdaptiveTargetElement> TargetElements { get; set; } = [];
}
