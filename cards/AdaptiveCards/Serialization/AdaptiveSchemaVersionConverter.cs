using Newtonsoft.Json;

namespace AdaptiveCards;

// The schema writes versions as strings ("1.5"), not as objects.
public sealed class AdaptiveSchemaVersionConverter : JsonConverter<AdaptiveSchemaVersion>
{
    public override void WriteJson(JsonWriter writer, AdaptiveSchemaVersion? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteValue(value.ToString());
        }
    }

    public override AdaptiveSchemaVersion? ReadJson(
        JsonReader reader, Type objectType, AdaptiveSchemaVersion? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.TokenType switch
        {
            JsonToken.Null => null,
            JsonToken.String => new AdaptiveSchemaVersion((string)reader.Value!),
            JsonToken.Float or JsonToken.Integer => new AdaptiveSchemaVersion(Convert.ToString(reader.Value, System.Globalization.CultureInfo.InvariantCulture)!),
            _ => throw new JsonSerializationException($"Unexpected {reader.TokenType} for a schema version."),
        };
    }
}
