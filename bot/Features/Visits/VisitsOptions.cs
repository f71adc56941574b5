using System.ComponentModel.DataAnnotations;

namespace FrontDesk.Bot.Features.Visits;

// Section "Visits": how long the desk waits for a host, when a stay is too long, when the building closes.
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

    [Range(5, 3600)]
    public int CheckEverySeconds { get; set; } = 60;

    // Tests turn this off and call VisitRoundsWorker.RunOnceAsync themselves.
    public bool RunInBackground { get; set; } = true;

    public TimeOnly Closing => TimeOnly.ParseExact(ClosingTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
