using Newtonsoft.Json;

namespace AdaptiveCards;

// An inline of a RichTextBlock (only TextRun in schema 1.5).
[JsonConverter(typeof(AdaptiveTypedElementConverter))]
public abstract class AdaptiveInline : AdaptiveTypedElement
{
}
