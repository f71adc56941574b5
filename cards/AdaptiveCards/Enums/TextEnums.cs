using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace AdaptiveCards;

// EnumMember names keep the schema's camelCase strings even when a host serializer adds its own StringEnumConverter.
[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveTextSize
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "small")] Small,
    [EnumMember(Value = "medium")] Medium,
    [EnumMember(Value = "large")] Large,
    [EnumMember(Value = "extraLarge")] ExtraLarge,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveTextWeight
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "lighter")] Lighter,
    [EnumMember(Value = "bolder")] Bolder,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveTextColor
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "dark")] Dark,
    [EnumMember(Value = "light")] Light,
    [EnumMember(Value = "accent")] Accent,
    [EnumMember(Value = "good")] Good,
    [EnumMember(Value = "warning")] Warning,
    [EnumMember(Value = "attention")] Attention,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveFontType
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "monospace")] Monospace,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveTextBlockStyle
{
    [EnumMember(Value = "default")] Paragraph,
    [EnumMember(Value = "heading")] Heading,
}
