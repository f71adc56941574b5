using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AdaptiveCards;

// Writes action data with a default serializer. The SDK's ReadOnlyJsonContractResolver skips get-only
// properties, which would turn anonymous objects (new { action = "checkin" }) into {}.
public sealed class ActionDataConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => true;

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        (value as JToken ?? JToken.FromObject(value)).WriteTo(writer);
    }

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var token = JToken.Load(reader);
        return token.Type == JTokenType.Null ? null : token;
    }
}
