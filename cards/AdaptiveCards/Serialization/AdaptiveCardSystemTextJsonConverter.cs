using System.Text.Json;
using Newtonsoft.Json;

namespace AdaptiveCards;

// ASP.NET Core writes with System.Text.Json, which knows none of the Newtonsoft attributes; a card that ends up
// there (an endpoint result, an activity written by our own code) is handed to Newtonsoft so the JSON is the same.
public sealed class AdaptiveCardSystemTextJsonConverter : System.Text.Json.Serialization.JsonConverter<AdaptiveCard>
{
    public override AdaptiveCard? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == JsonValueKind.Null ? null : AdaptiveCard.FromJson(document.RootElement.GetRawText()).Card;
    }

    public override void Write(Utf8JsonWriter writer, AdaptiveCard value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(JsonConvert.SerializeObject(value, Formatting.None), skipInputValidation: true);
    }
}
