namespace FrontDesk.Cards.Training;

public enum MyPlace
{
    None,
    SignedUp,
    Waiting,
}

// A session as the cards show it: the topic in the reader's language (with the typed title), the time already in
// the building's zone, the cost with its currency. Typed texts are as typed; the cards escape them.
public sealed record TrainingSessionView(
    int Id,
    string Topic,
    string When,
    string Place,
    string Trainer,
    int Capacity,
    int Taken,
    int Waiting,
    string Cost,
    MyPlace Mine = MyPlace.None,
    int Position = 0)
{
    public int SeatsLeft => Math.Max(0, Capacity - Taken);
}

// One person on the attendance card; Attendance is "present", "absent" or "" (not marked yet).
public sealed record RosterLineView(int StaffId, string Name, string Attendance);

// A started session on the attendance list.
public sealed record AttendanceSessionView(TrainingSessionView Session, int Marked, int Present);

// One staff member on the quarterly status: the sessions attended, or the ones booked (as typed; the card escapes).
public sealed record StatusLineView(string Name, string Detail);

public sealed record QuarterStatusView(string Quarter, string Days, IReadOnlyList<StatusLineView> NotYet, IReadOnlyList<StatusLineView> Done);

// A choice of the session form.
public sealed record TopicChoice(string Value, string Title);

// A line at the top of a list card: what just happened (good) or why it did not (a warning).
public sealed record TrainingNotice(string Text, bool Good = true);

// What a change was before, shown beside the new value; null where it stayed the same.
public sealed record SessionChangeView(string? WasWhen, string? WasPlace, string? WasTrainer, bool TopicChanged);
