using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AdaptiveCards;

public sealed class AdaptiveTargetElementConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(AdaptiveTargetElement);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Written by the default contract.");

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        var token = JToken.Load(reader);
        switch (token.Type)
        {
            case JTokenType.Null:
                return null;
            case JTokenType.String:
                return new AdaptiveTargetElement((string)token!);
            default:
                var target = new AdaptiveTargetElement();
                using (var objectReader = token.CreateReader())
                {
                    serializer.Populate(objectReader, target);
                }

                return target;
        }
    }
}
