namespace FrontDesk.Data.Training;

// The training settings as the services need them, and the limits of a session's fields.
public sealed record TrainingRules(TimeOnly ReminderAt, int QuarterReminderDays, string? Currency)
{
    public const int MinCapacity = 1;
    public const int MaxCapacity = 500;
    public const int TitleLength = 100;
    public const int PlaceLength = 100;
    public const int TrainerLength = 100;
    public const int ReasonLength = 300;
    public const decimal MaxCost = 1_000_000m;

    // Problem codes the use cases report, each shown beside its field.
    public const string Past = "past";
    public const string Started = "started";
    public const string Cancelled = "cancelled";
    public const string NotFound = "notFound";
    public const string BelowSignedUp = "belowSignedUp";
    public const string CapacityRange = "capacityRange";

    public static TrainingRules Default { get; } = new(new TimeOnly(16, 0), 21, null);

    // The day before the session, at the reminder time, in the building's time.
    public DateTimeOffset ReminderMoment(BuildingTime time, DateTimeOffset startsAt)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.ToUtc(DateOnly.FromDateTime(time.ToLocal(startsAt).DateTime).AddDays(-1), ReminderAt);
    }

    // QuarterReminderDays before the quarter ends (its last day's midnight), at the reminder time.
    public DateTimeOffset QuarterReminderMoment(BuildingTime time, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.ToUtc(quarter.LastDay.AddDays(1 - QuarterReminderDays), ReminderAt);
    }

    // [start, end) of the quarter, in UTC.
    public static (DateTimeOffset Start, DateTimeOffset End) QuarterUtc(BuildingTime time, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(time);
        return (time.ToUtc(quarter.FirstDay, TimeOnly.MinValue), time.ToUtc(quarter.LastDay.AddDays(1), TimeOnly.MinValue));
    }
}
