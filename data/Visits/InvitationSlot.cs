namespace FrontDesk.Data.Visits;

// The window a new invitation form starts with: an hour from the next half hour at least a quarter of an hour
// ahead, never before ten in the morning, and tomorrow morning once that hour would end after closing time.
public static class InvitationSlot
{
    public static readonly TimeOnly Morning = new(10, 0);
    public static readonly TimeSpan Length = TimeSpan.FromHours(1);
    private static readonly TimeSpan LeadTime = TimeSpan.FromMinutes(15);
    private const int Step = 30;

    public static (DateOnly Date, TimeOnly From, TimeOnly Until) Next(DateTime localNow, TimeOnly closing)
    {
        var today = DateOnly.FromDateTime(localNow);
        var earliest = localNow.TimeOfDay + LeadTime;
        var from = TimeSpan.FromMinutes(Math.Ceiling(earliest.TotalMinutes / Step) * Step);
        if (from < Morning.ToTimeSpan())
        {
            from = Morning.ToTimeSpan();
        }
        if (from + Length > closing.ToTimeSpan())
        {
            return (today.AddDays(1), Morning, Morning.Add(Length));
        }
        return (today, TimeOnly.FromTimeSpan(from), TimeOnly.FromTimeSpan(from + Length));
    }
}
