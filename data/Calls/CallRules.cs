using System.Text.RegularExpressions;

namespace FrontDesk.Data.Calls;

// The desk's phone settings as the services need them: the local day for reference numbers and "today",
// how long an urgent message may wait for its call back, and how long one ring lasts.
public sealed partial record CallRules(TimeZoneInfo TimeZone, TimeSpan CallBackWithin, int RingSeconds)
{
    public static CallRules Default { get; } = new(TimeZoneInfo.Utc, TimeSpan.FromMinutes(30), 6);

    // The service standard: answered within three rings.
    public int ThreeRingSeconds => 3 * RingSeconds;

    public DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, TimeZone);

    public DateOnly LocalDay(DateTimeOffset utc) => DateOnly.FromDateTime(Local(utc).DateTime);

    // [start, end) of local days, in UTC.
    public (DateTimeOffset Start, DateTimeOffset End) DaysUtc(DateOnly from, DateOnly to) => (ToUtc(from), ToUtc(to.AddDays(1)));

    public DateTimeOffset ToUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    public DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, TimeZone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    // Digits, spaces and + - ( ) . / only, with at least three digits: a number someone can dial.
    public static bool IsPhoneNumber(string text) => PhonePattern().IsMatch(text) && text.Count(char.IsAsciiDigit) >= 3;

    [GeneratedRegex(@"^\+?[0-9 ()\-./]+$")]
    private static partial Regex PhonePattern();
}
