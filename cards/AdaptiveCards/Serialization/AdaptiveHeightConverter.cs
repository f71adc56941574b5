using Newtonsoft.Json;

namespace AdaptiveCards;

public sealed class AdaptiveHeightConverter : JsonConverter<AdaptiveHeight>
{
    public override void WriteJson(JsonWriter writer, AdaptiveHeight? value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteValue((value ?? AdaptiveHeight.Auto).ToString());
    }

    public override AdaptiveHeight? ReadJson(
        JsonReader reader, Type objectType, AdaptiveHeight? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var text = Convert.ToString(reader.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        if (string.Equals(text, "stretch", StringComparison.OrdinalIgnoreCase))
        {
            return new AdaptiveHeight(AdaptiveHeightType.Stretch);
        }

        return PixelConverter.TryParse(text, out var px) ? new AdaptiveHeight(px) : new AdaptiveHeight(AdaptiveHeightType.Auto);
    }
}
