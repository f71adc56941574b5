using System.Globalization;
using System.Text.RegularExpressions;

namespace FrontDesk.Data;

public enum PeriodLength
{
    Week,
    Month,
}

// A calendar week (Monday to Sunday, ISO numbering, building time) or a calendar month that a summary or report covers.
public sealed partial record ReportPeriod(PeriodLength Length, DateOnly Start)
{
    public DateOnly End => Length == PeriodLength.Week ? Start.AddDays(7) : Start.AddMonths(1);

    public ReportPeriod Previous => this with { Start = Length == PeriodLength.Week ? Start.AddDays(-7) : Start.AddMonths(-1) };

    public ReportPeriod Next => this with { Start = End };

    // "2026-W49" or "2026-11": what a button carries and a person may type.
    public string Code => Length == PeriodLength.Week
        ? string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}")
        : Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static ReportPeriod WeekOf(DateOnly day) => new(PeriodLength.Week, day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));

    public static ReportPeriod MonthOf(DateOnly day) => new(PeriodLength.Month, new DateOnly(day.Year, day.Month, 1));

    public static ReportPeriod? Parse(string? code)
    {
        var text = (code ?? "").Trim();
        if (WeekCode().Match(text) is { Success: true } week &&
            int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture) is var year and >= 2000 and <= 2100 &&
            int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture) is var number && number >= 1 && number <= ISOWeek.GetWeeksInYear(year))
        {
            return new(PeriodLength.Week, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
        }
        return MonthCode().Match(text) is { Success: true } month &&
               int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture) is var y and >= 2000 and <= 2100 &&
               int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture) is var m and >= 1 and <= 12
            ? new(PeriodLength.Month, new DateOnly(y, m, 1))
            : null;
    }

    [GeneratedRegex(@"^(\d{4})-?W(\d{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekCode();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthCode();
}
