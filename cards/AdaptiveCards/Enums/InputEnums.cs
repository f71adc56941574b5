using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace AdaptiveCards;

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveTextInputStyle
{
    [EnumMember(Value = "text")] Text,
    [EnumMember(Value = "tel")] Tel,
    [EnumMember(Value = "url")] Url,
    [EnumMember(Value = "email")] Email,
    [EnumMember(Value = "password")] Password,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveChoiceInputStyle
{
    [EnumMember(Value = "compact")] Compact,
    [EnumMember(Value = "expanded")] Expanded,
    [EnumMember(Value = "filtered")] Filtered,
}
