using System.Globalization;
using Newtonsoft.Json;

namespace AdaptiveCards;

[JsonConverter(typeof(AdaptiveSchemaVersionConverter))]
public sealed class AdaptiveSchemaVersion : IComparable<AdaptiveSchemaVersion>, IEquatable<AdaptiveSchemaVersion>
{
    public AdaptiveSchemaVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public AdaptiveSchemaVersion(string versionString)
    {
        ArgumentNullException.ThrowIfNull(versionString);
        var parts = versionString.Split('.');
        var minor = 0;
        if (parts.Length > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor)))
        {
            throw new ArgumentException($"'{versionString}' is not a schema version like \"1.5\".", nameof(versionString));
        }

        Major = major;
        Minor = minor;
    }

    public int Major { get; set; }

    public int Minor { get; set; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    public int CompareTo(AdaptiveSchemaVersion? other) =>
        other is null ? 1 : Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public bool Equals(AdaptiveSchemaVersion? other) => other is not null && Major == other.Major && Minor == other.Minor;

    public override bool Equals(object? obj) => Equals(obj as AdaptiveSchemaVersion);

    public override int GetHashCode() => HashCode.Combine(Major, Minor);

    public static bool operator ==(AdaptiveSchemaVersion? left, AdaptiveSchemaVersion? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(AdaptiveSchemaVersion? left, AdaptiveSchemaVersion? right) => !(left == right);

    public static bool operator <(AdaptiveSchemaVersion? left, AdaptiveSchemaVersion? right) => Compare(left, right) < 0;

    public static bool operator >(AdaptiveSchemaVersion? left, AdaptiveSchemaVersion? right) => Compare(left, right) > 0;

    public static bool operator <=(AdaptiveSchemaVersion? left, AdaptiveSchemaVersion? right) => Compare(left, right) <= 0;

    public static bool operator >=(AdaptiveSchemaVersion? left, AdaptiveSchemaVersion? right) => Compare(left, right) >= 0;

    private static int Compare(AdaptiveSchemaVersion? left, AdaptiveSchemaVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
