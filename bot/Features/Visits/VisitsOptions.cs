using System.ComponentModel.DataAnnotations;
using FrontDesk.Data.Visits;

namespace FrontDesk.Bot.Features.Visits;

// Section "Visits": how long the desk waits for a host, when a stay is too long, when the building closes,
// how early or late an invited visitor may check in.
public sealed class VisitsOptions
{
    public const string Section = "Visits";

    // No answer from the host this long after arrival: colleagues and the desk are told.
    [Range(1, 240)]
    public int EscalateAfterMinutes { get; set; } = 5;

    // A visitor still checked in this long after check-in is flagged to the desk.
    [Range(1, 48)]
    public int OverstayHours { get; set; } = 10;

    // Local time; everyone still in is checked out (marked automatic) and unused invitations become no-shows.
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public string ClosingTime { get; set; } = "20:00";

    // An invited visitor may check in this long before their window starts, and this long after it ends (same day only).
    [Range(0, 720, ErrorMessage = "Visits:CheckInEarlyMinutes must be from 0 to 720 (minutes before the invitation's start).")]
    public int CheckInEarlyMinutes { get; set; } = 120;

    [Range(0, 720, ErrorMessage = "Visits:CheckInLateMinutes must be from 0 to 720 (minutes after the invitation's end).")]
    public int CheckInLateMinutes { get; set; } = 120;

    [Range(5, 3600)]
    public int CheckEverySeconds { get; set; } = 60;

    // Tests turn this off and call VisitRoundsWorker.RunOnceAsync themselves.
    public bool RunInBackground { get; set; } = true;

    public CheckInWindow ToCheckInWindow() => new(TimeSpan.FromMinutes(CheckInEarlyMinutes), TimeSpan.FromMinutes(CheckInLateMinutes));

    public TimeOnly Closing => TimeOnly.ParseExact(ClosingTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
