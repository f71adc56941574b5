using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace AdaptiveCards;

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveImageSize
{
    [EnumMember(Value = "auto")] Auto,
    [EnumMember(Value = "stretch")] Stretch,
    [EnumMember(Value = "small")] Small,
    [EnumMember(Value = "medium")] Medium,
    [EnumMember(Value = "large")] Large,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveImageStyle
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "person")] Person,
}
