using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Training;

// Every button of the training cards: sessions, sign-ups, attendance and the quarterly status.
public static class TrainingActions
{
    public static readonly CardAction OpenNew = new("training.session.open");
    public static readonly CardAction SaveSession = new("training.session.save");
    public static readonly CardAction ChangeSession = new("training.session.change");
    public static readonly CardAction CancelSession = new("training.session.cancel");
    public static readonly CardAction List = new("training.list");
    public static readonly CardAction SignUp = new("training.signup");
    public static readonly CardAction Mine = new("training.mine");
    public static readonly CardAction GiveUp = new("training.signup.cancel");
    public static readonly CardAction Attendance = new("training.attendance");
    public static readonly CardAction OpenAttendance = new("training.attendance.open");
    public static readonly CardAction SaveAttendance = new("training.attendance.save");
    public static readonly CardAction Status = new("training.status");
}
