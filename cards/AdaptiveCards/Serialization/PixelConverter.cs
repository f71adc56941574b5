using System.Globalization;
using Newtonsoft.Json;

namespace AdaptiveCards;

// Pixel sizes are uint in the object model and "<n>px" strings in the schema; 0 means "not set".
public sealed class PixelConverter : JsonConverter<uint>
{
    public override void WriteJson(JsonWriter writer, uint value, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteValue(string.Create(CultureInfo.InvariantCulture, $"{value}px"));
    }

    public override uint ReadJson(JsonReader reader, Type objectType, uint existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = Convert.ToString(reader.Value, CultureInfo.InvariantCulture) ?? string.Empty;
        return TryParse(text, out var px) ? px : 0;
    }

    internal static bool TryParse(string text, out uint px)
    {
        var digits = text.EndsWith("px", StringComparison.OrdinalIgnoreCase) ? text[..^2] : text;
        return uint.TryParse(digits.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out px);
    }
}
