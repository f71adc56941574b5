namespace FrontDesk.Data.Training;

// What a session teaches: the plan's three skills, or another subject with its own title.
public enum TrainingTopic
{
    Etiquette = 1,
    Communication = 2,
    EmergencyHandling = 3,
    Other = 4,
}

public enum TrainingSessionStatus
{
    Scheduled = 0,
    Cancelled = 1,
}

// A skills training a manager schedules for the desk staff. StartsAt is UTC; the building's zone makes it local.
public class TrainingSession
{
    public int Id { get; set; }
    public TrainingTopic Topic { get; set; }
    // Required for Other; for the three skills an optional subtitle ("greeting visitors").
    public string? Title { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public required string Place { get; set; }
    public required string Trainer { get; set; }
    public int Capacity { get; set; }
    // What the session costs the building, for the reports' cost figures; Currency as configured when it was saved.
    public decimal Cost { get; set; }
    public string? Currency { get; set; }
    public TrainingSessionStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public required string CreatedByName { get; set; }
    // The card submit that created it: a second tap of the same card finds this row instead of adding one.
    public required string SubmitToken { get; set; }
    // Counts the changes: each change's notices carry it in their key, and two managers saving at once cannot both win.
    public int Version { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledByName { get; set; }
    public string? CancelReason { get; set; }
    public List<TrainingSignUp> SignUps { get; set; } = [];

    public bool IsCancelled => Status == TrainingSessionStatus.Cancelled;
}

public enum SignUpStatus
{
    Confirmed = 1,
    Waiting = 2,
    Cancelled = 3,
}

public enum Attendance
{
    Present = 1,
    Absent = 2,
}

// One staff member's place on a session, or on its waiting list (first come, first moved up). One row per
// person and session: signing up again after cancelling reuses it, at the back of the queue.
public class TrainingSignUp
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    public int StaffId { get; set; }
    public required string StaffName { get; set; }
    public SignUpStatus Status { get; set; }
    // The queue's order.
    public DateTimeOffset SignedUpAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    // The day-before reminder went out (or was not needed: signed up after its time).
    public DateTimeOffset? RemindedAt { get; set; }
    // Null until a manager marks it.
    public Attendance? Attendance { get; set; }
    public DateTimeOffset? AttendanceMarkedAt { get; set; }
    public string? AttendanceMarkedBy { get; set; }
}

// The quarter's "you have not attended a training yet" reminder went out: once per quarter, across restarts.
public class TrainingQuarterReminder
{
    // "2026-Q4".
    public required string Quarter { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public int StaffReminded { get; set; }
    public int ManagersTold { get; set; }
}
