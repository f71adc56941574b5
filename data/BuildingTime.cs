namespace FrontDesk.Data;

// The building's local time: what "today", "9:00" and "closing time" mean. Stored times are UTC.
public sealed class BuildingTime(TimeZoneInfo zone, TimeProvider clock)
{
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, zone);

    public DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    // [start, end) of a local day, in UTC.
    public (DateTimeOffset Start, DateTimeOffset End) DayUtc(DateOnly date) =>
        (ToUtc(date, TimeOnly.MinValue), ToUtc(date.AddDays(1), TimeOnly.MinValue));
}
