using System.ComponentModel;
using Newtonsoft.Json;

namespace AdaptiveCards;

[System.Text.Json.Serialization.JsonConverter(typeof(AdaptiveCardSystemTextJsonConverter))]
public class AdaptiveCard : AdaptiveTypedElement
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string TypeName = "AdaptiveCard";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    // The newest schema this model writes; Teams and Web Chat 4.18 both render 1.5.
    public static readonly AdaptiveSchemaVersion KnownSchemaVersion = new(1, 5);

    public AdaptiveCard(AdaptiveSchemaVersion schemaVersion)
    {
        Version = schemaVersion;
    }

    public AdaptiveCard(string schemaVersion)
        : this(new AdaptiveSchemaVersion(schemaVersion))
    {
    }

    // A copy, so that changing a read card's Version.Minor cannot change KnownSchemaVersion.
    [JsonConstructor]
    private AdaptiveCard()
        : this(new AdaptiveSchemaVersion(KnownSchemaVersion.Major, KnownSchemaVersion.Minor))
    {
    }

    public override string Type { get; set; } = TypeName;

    [JsonProperty("$schema", Order = -8, DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? JsonSchema { get; set; } = SchemaUrl;

    [JsonProperty("version", Order = -7, DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveSchemaVersion Version { get; set; }

    [JsonProperty("fallbackText", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? FallbackText { get; set; }

    [JsonProperty("speak", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Speak { get; set; }

    [JsonProperty("lang", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public string? Lang { get; set; }

    [JsonIgnore]
    public List<AdaptiveElement> Body { get; set; } = [];

    [JsonIgnore]
    public List<AdaptiveAction> Actions { get; set; } = [];

    // Empty lists are left out through null, not ShouldSerialize*, and the setters are internal, not private:
    // the SDK's ReadOnlyJsonContractResolver (HttpHelper.BotMessageSerializerSettings) defeats both.
    [JsonProperty("body", NullValueHandling = NullValueHandling.Ignore)]
    internal List<AdaptiveElement>? BodyUnlessEmpty
    {
        get => Body is { Count: > 0 } ? Body : null;
        set => Body = value ?? [];
    }

    [JsonProperty("actions", NullValueHandling = NullValueHandling.Ignore)]
    internal List<AdaptiveAction>? ActionsUnlessEmpty
    {
        get => Actions is { Count: > 0 } ? Actions : null;
        set => Actions = value ?? [];
    }

    [JsonProperty("selectAction", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public AdaptiveAction? SelectAction { get; set; }

    [JsonProperty("minHeight", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [JsonConverter(typeof(PixelConverter))]
    [DefaultValue(0u)]
    public uint PixelMinHeight { get; set; }

    [JsonProperty("verticalContentAlignment", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(AdaptiveVerticalContentAlignment.Top)]
    public AdaptiveVerticalContentAlignment VerticalContentAlignment { get; set; }

    [JsonProperty("rtl", DefaultValueHandling = DefaultValueHandling.Ignore)]
    [DefaultValue(null)]
    public bool? Rtl { get; set; }

    // Strings that look like dates stay strings in Data and AdditionalProperties (Newtonsoft would make them DateTime).
    private static readonly JsonSerializerSettings ReadSettings = new() { DateParseHandling = DateParseHandling.None };

    public string ToJson() => JsonConvert.SerializeObject(this, Formatting.Indented);

    public static AdaptiveCardParseResult FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = new AdaptiveCardParseResult();
        try
        {
            result.Card = JsonConvert.DeserializeObject<AdaptiveCard>(json, ReadSettings);
        }
        catch (JsonException ex)
        {
            throw new AdaptiveSerializationException(ex.Message, ex);
        }

        if (result.Card is null)
        {
            throw new AdaptiveSerializationException("The JSON holds no Adaptive Card.");
        }

        if (result.Card.Type != TypeName)
        {
            throw new AdaptiveSerializationException($"Expected type \"{TypeName}\" but found \"{result.Card.Type}\".");
        }

        result.Warnings.AddRange(UnknownTypes.In(result.Card));
        return result;
    }
}
