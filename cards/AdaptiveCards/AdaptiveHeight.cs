using System.Globalization;
using Newtonsoft.Json;

namespace AdaptiveCards;

// Element height: "auto", "stretch" or, for images, "<n>px".
[JsonConverter(typeof(AdaptiveHeightConverter))]
public sealed class AdaptiveHeight : IEquatable<AdaptiveHeight>
{
    // Fields, not properties: the Bot Framework's AttachmentMemoryStreamConverter walks every public property,
    // static ones included, and a static property of the own type would recurse until the stack overflows.
    public static readonly AdaptiveHeight Auto = new(AdaptiveHeightType.Auto);

    public static readonly AdaptiveHeight Stretch = new(AdaptiveHeightType.Stretch);

    public AdaptiveHeight()
        : this(AdaptiveHeightType.Auto)
    {
    }

    public AdaptiveHeight(AdaptiveHeightType heightType)
    {
        HeightType = heightType;
    }

    public AdaptiveHeight(uint px)
    {
        HeightType = AdaptiveHeightType.Pixel;
        Unit = px;
    }

    public AdaptiveHeightType HeightType { get; set; }

    public uint? Unit { get; set; }

    public bool IsPixel => HeightType == AdaptiveHeightType.Pixel;

    public override string ToString() => HeightType switch
    {
        AdaptiveHeightType.Stretch => "stretch",
        AdaptiveHeightType.Pixel => string.Create(CultureInfo.InvariantCulture, $"{Unit ?? 0}px"),
        _ => "auto",
    };

    public bool Equals(AdaptiveHeight? other) =>
        other is not null && HeightType == other.HeightType && (HeightType != AdaptiveHeightType.Pixel || Unit == other.Unit);

    public override bool Equals(object? obj) => Equals(obj as AdaptiveHeight);

    public override int GetHashCode() => HashCode.Combine(HeightType, HeightType == AdaptiveHeightType.Pixel ? Unit : null);

    public static bool operator ==(AdaptiveHeight? left, AdaptiveHeight? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(AdaptiveHeight? left, AdaptiveHeight? right) => !(left == right);
}
