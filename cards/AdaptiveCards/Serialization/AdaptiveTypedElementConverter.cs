using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AdaptiveCards;

// Reads elements, actions and inlines by their "type". Writing uses the default contract (CanWrite is false),
// so the runtime type's properties are written as they are.
public sealed class AdaptiveTypedElementConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => typeof(AdaptiveTypedElement).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Written by the default contract.");

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(objectType);
        ArgumentNullException.ThrowIfNull(serializer);
        var token = JToken.Load(reader);
        switch (token.Type)
        {
            case JTokenType.Null:
                return null;
            case JTokenType.String when typeof(AdaptiveInline).IsAssignableFrom(objectType):
                // The schema lets a RichTextBlock inline be a bare string.
                return new AdaptiveTextRun((string)token!);
            case JTokenType.Object:
                break;
            default:
                throw new JsonSerializationException($"Expected an object for {objectType.Name} but found {token.Type}.");
        }

        var typeName = (string?)token["type"];
        var type = AdaptiveTypeNames.Find(typeName);
        if (type is null || !objectType.IsAssignableFrom(type))
        {
            type = objectType.IsAbstract ? UnknownTypeFor(objectType, typeName) : objectType;
        }

        var instance = (AdaptiveTypedElement)Activator.CreateInstance(type)!;
        using (var objectReader = token.CreateReader())
        {
            serializer.Populate(objectReader, instance);
        }

        return instance;
    }

    private static Type UnknownTypeFor(Type objectType, string? typeName)
    {
        if (objectType.IsAssignableFrom(typeof(AdaptiveUnknownElement)))
        {
            return typeof(AdaptiveUnknownElement);
        }

        if (objectType.IsAssignableFrom(typeof(AdaptiveUnknownAction)))
        {
            return typeof(AdaptiveUnknownAction);
        }

        throw new JsonSerializationException($"Unknown {objectType.Name} type \"{typeName}\".");
    }
}
