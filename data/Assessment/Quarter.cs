using System.Globalization;
using System.Text.RegularExpressions;

namespace FrontDesk.Data.Assessment;

// A calendar quarter in building time, written "2026-Q4".
public readonly partial record struct Quarter(int Year, int Number)
{
    public DateOnly Start => new(Year, (Number * 3) - 2, 1);

    // The first day after it.
    public DateOnly End => Start.AddMonths(3);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");

    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public static Quarter? Parse(string? code) =>
        QuarterCode().Match((code ?? "").Trim()) is { Success: true } m &&
        int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var year and >= 2000 and <= 2100
            ? new Quarter(year, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    public override string ToString() => Code;

    [GeneratedRegex(@"^(\d{4})\s*-?\s*Q([1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterCode();
}
