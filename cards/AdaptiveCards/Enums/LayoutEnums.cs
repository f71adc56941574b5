using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace AdaptiveCards;

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveSpacing
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "none")] None,
    [EnumMember(Value = "small")] Small,
    [EnumMember(Value = "medium")] Medium,
    [EnumMember(Value = "large")] Large,
    [EnumMember(Value = "extraLarge")] ExtraLarge,
    [EnumMember(Value = "padding")] Padding,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveHorizontalAlignment
{
    [EnumMember(Value = "left")] Left,
    [EnumMember(Value = "center")] Center,
    [EnumMember(Value = "right")] Right,
    [EnumMember(Value = "stretch")] Stretch,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveVerticalContentAlignment
{
    [EnumMember(Value = "top")] Top,
    [EnumMember(Value = "center")] Center,
    [EnumMember(Value = "bottom")] Bottom,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveContainerStyle
{
    [EnumMember(Value = "default")] Default,
    [EnumMember(Value = "emphasis")] Emphasis,
    [EnumMember(Value = "good")] Good,
    [EnumMember(Value = "attention")] Attention,
    [EnumMember(Value = "warning")] Warning,
    [EnumMember(Value = "accent")] Accent,
}

public enum AdaptiveHeightType
{
    Auto,
    Stretch,
    Pixel,
}

[JsonConverter(typeof(StringEnumConverter))]
public enum AdaptiveHorizontalContentAlignment
{
    [EnumMember(Value = "left")] Left,
    [EnumMember(Value = "center")] Center,
    [EnumMember(Value = "right")] Right,
}
