using System.Globalization;
using System.Text.RegularExpressions;

namespace FrontDesk.Data.Traffic;

// Whole hours of the building's day, [Start, End): 9–11 is 09:00–11:00.
public readonly partial record struct HourRange(int Start, int End)
{
    public bool Contains(int hour) => hour >= Start && hour < End;

    public int Hours => End - Start;

    public IEnumerable<int> Each => Enumerable.Range(Start, End - Start);

    // "09:00": the hour's label in a table.
    public string StartText => string.Create(CultureInfo.InvariantCulture, $"{Start:D2}:00");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:D2}:00–{End:D2}:00");

    // Consecutive hours become one range: 9, 10, 14 → 09:00–11:00, 14:00–15:00.
    public static IReadOnlyList<HourRange> Merge(IEnumerable<int> hours)
    {
        var ranges = new List<HourRange>();
        foreach (var hour in hours.Distinct().Order())
        {
            if (ranges.Count > 0 && ranges[^1].End == hour)
            {
                ranges[^1] = ranges[^1] with { End = hour + 1 };
            }
            else
            {
                ranges.Add(new HourRange(hour, hour + 1));
            }
        }
        return ranges;
    }

    // "09:00-11:00" (or with an en dash); whole hours only, the end after the start, at most 24:00.
    public static HourRange? Parse(string? text)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            return null;
        }
        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return start < end && end <= 24 ? new HourRange(start, end) : null;
    }

    [GeneratedRegex(@"^\s*(\d{1,2}):00\s*[-–]\s*(\d{1,2}):00\s*$")]
    private static partial Regex Pattern();
}
