namespace FrontDesk.Cards.Staffing;

// One shift on the roster card; Removable when it is today or later. Staff names are as typed; the cards escape them.
public sealed record ShiftLineView(int Id, string Staff, string Times, string Hours, bool Removable);

public sealed record RosterDayView(string Day, IReadOnlyList<ShiftLineView> Shifts);

public sealed record StaffTotalView(string Staff, string Hours);

// A week of the roster (Monday to Sunday); the Mondays are yyyy-MM-dd for the buttons. Notice: what was just done.
public sealed record RosterWeekView(
    string Title,
    string Monday,
    string EarlierMonday,
    string LaterMonday,
    IReadOnlyList<RosterDayView> Days,
    IReadOnlyList<StaffTotalView> Totals,
    string? Notice);

// Someone the shift card may put on the roster.
public sealed record StaffChoice(string Value, string Title);

// One hour of the staffing table, figures already written out. State: -1 short, 0 as needed, 1 people to spare.
public sealed record StaffingHourView(string Hour, string Arrivals, int Model, int Need, bool Rule, bool PlanPeak, string Rostered, string Gap, int State);

// A day's staffing table with its explanations and suggestions already in the reader's language.
public sealed record StaffingDayView(
    string Title,
    string Date,
    string EarlierDate,
    string LaterDate,
    string Target,
    string Handling,
    string History,
    IReadOnlyList<StaffingHourView> Hours,
    string Summary,
    IReadOnlyList<string> Suggestions);

public sealed record StaffingWeekDayView(string Day, string Date, string Line, IReadOnlyList<string> Details);

public sealed record StaffingWeekView(
    string Title,
    string Monday,
    string EarlierMonday,
    string LaterMonday,
    string Target,
    string Handling,
    string History,
    string Summary,
    IReadOnlyList<StaffingWeekDayView> Days);
