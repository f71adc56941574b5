namespace FrontDesk.Data.Visits;

// How far before and after an invitation's window its visitor may still check in at the kiosk, on its day.
public sealed record CheckInWindow(TimeSpan Early, TimeSpan Late)
{
    public DateTimeOffset OpensAt(Visit invitation) => invitation.ExpectedFrom!.Value - Early;

    public DateTimeOffset ClosesAt(Visit invitation) => invitation.ExpectedUntil!.Value + Late;
}
