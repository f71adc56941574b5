using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveShowCardAction : AdaptiveAction
{
    public const string TypeName = "Action.ShowCard";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("card")]
    public AdaptiveCard? Card { get; set; }
}
