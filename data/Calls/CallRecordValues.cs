using System.Globalization;
using System.Text.RegularExpressions;

namespace FrontDesk.Data.Calls;

// Reads the values phone systems write: times with or without an offset (without one, building time),
// directions and yes/no in English or Chinese, waits in seconds or as m:ss.
public static partial class CallRecordValues
{
    public const int MaxWaitSeconds = 24 * 3600;

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm",
    ];

    private static readonly Dictionary<string, CallDirection> Directions = Words(
    [
        (CallDirection.Inbound, ["in", "inbound", "incoming", "呼入", "来电"]),
        (CallDirection.Outbound, ["out", "outbound", "outgoing", "呼出", "去电"]),
        (CallDirection.Internal, ["internal", "内部"]),
    ]);

    private static readonly Dictionary<string, bool> YesNo = Words(
    [
        (true, ["yes", "y", "true", "1", "answered", "是", "已接", "接听"]),
        (false, ["no", "n", "false", "0", "missed", "unanswered", "no answer", "否", "未接"]),
    ]);

    public static DateTimeOffset? Time(string text, CallRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (HasOffset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) ? withOffset.ToUniversalTime() : null;
        }
        return DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? rules.ToUtc(local) : null;
    }

    public static CallDirection? Direction(string text) => Directions.TryGetValue(text, out var d) ? d : null;

    public static bool? Answered(string text) => YesNo.TryGetValue(text, out var a) ? a : null;

    // "12", "12.4" (a started second counts as a whole one), "0:12" or "00:00:12".
    public static int? Seconds(string text)
    {
        double seconds;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            var parts = text.Split(':');
            if (parts.Length > 3 || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }
            seconds = parts.Aggregate(0d, (total, p) => (total * 60) + int.Parse(p, CultureInfo.InvariantCulture));
        }
        else if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds))
        {
            return null;
        }
        return seconds is >= 0 and <= MaxWaitSeconds ? (int)Math.Ceiling(seconds) : null;
    }

    private static Dictionary<string, T> Words<T>((T Value, string[] Words)[] groups) =>
        groups.SelectMany(g => g.Words.Select(w => (w, g.Value))).ToDictionary(p => p.w, p => p.Value, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
