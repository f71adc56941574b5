using System.Globalization;

namespace FrontDesk.Data.Supervision;

// The building-local days [From, To] a rules review looks back on: a number of months ending on To.
public readonly record struct ReviewPeriod(DateOnly From, DateOnly To)
{
    // The months ending on `to`: 1 Jul – 31 Dec for six months to 31 Dec; 15 Sep – 14 Mar for six months to 14 Mar.
    public static ReviewPeriod Ending(DateOnly to, int months) => new(to.AddDays(1).AddMonths(-months), to);

    // The scheduled review's: the whole calendar months before the month of `day` (sent on 4 Jan: 1 Jul – 31 Dec).
    public static ReviewPeriod MonthsBefore(DateOnly day, int months) => Ending(new DateOnly(day.Year, day.Month, 1).AddDays(-1), months);

    // A review on demand: the months up to yesterday.
    public static ReviewPeriod UpTo(DateOnly today, int months) => Ending(today.AddDays(-1), months);

    // A period that a card may name: over, not empty, at most a year.
    public bool IsReviewable(DateOnly today) => From <= To && To < today && From >= To.AddYears(-1);

    public static ReviewPeriod? Parse(string? from, string? to) =>
        DateOnly.TryParseExact(from, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)
        && DateOnly.TryParseExact(to, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? new ReviewPeriod(f, t)
            : null;

    public const string Format = "yyyy-MM-dd";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
