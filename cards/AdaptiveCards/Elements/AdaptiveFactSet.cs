using Newtonsoft.Json;

namespace AdaptiveCards;

public class AdaptiveFactSet : AdaptiveElement
{
    public const string TypeName = "FactSet";

    public override string Type { get; set; } = TypeName;

    [JsonProperty("facts")]
    public List<AdaptiveFact> Facts { get; set; } = [];
}

// A fact is a plain title/value pair: no "type" in the schema.
public class AdaptiveFact
{
    public AdaptiveFact()
    {
    }

    public AdaptiveFact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    [JsonProperty("title")]
    public string Title { get; set; } = string.Empty;

    [JsonProperty("value")]
    public string Value { get; set; } = string.Empty;
}
