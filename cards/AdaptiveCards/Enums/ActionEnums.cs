using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace AdaptiveCards;

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveActionStyle
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "positive")] Positive,
    [EnumMember(Value = "destructive")] Destructive,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveActionMode
{
    [EnumMember(Value = "primary")] Primary,
    [EnumMember(Value = "secondary")] Secondary,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveAssociatedInputs
{
    [EnumMember(Value = "auto")] Auto,
    [EnumMember(Value = "none")] None,
}
