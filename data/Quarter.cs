using System.Globalization;
using System.Text.RegularExpressions;

namespace FrontDesk.Data;

// A calendar quarter in the building's time: "2026-Q4" is 1 October to 31 December 2026.
public readonly partial record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public DateOnly FirstDay => new(Year, (3 * (Number - 1)) + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    // The first day after it.
    public DateOnly End => FirstDay.AddMonths(3);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public string Code => ToString();

    public static Quarter? Parse(string? text) => TryParse(text, out var quarter) ? quarter : null;

    // "2026-Q4", "2026q4", "2026 Q4" or "Q4 2026".
    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Success ? match.Groups["year"].Value : match.Groups["year2"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["q2"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2999)
        {
            return false;
        }
        quarter = new(year, number);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");

    [GeneratedRegex(@"^(?:(?<year>\d{4})\s*-?\s*Q(?<q>[1-4])|Q(?<q2>[1-4])\s*-?\s*(?<year2>\d{4}))$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
