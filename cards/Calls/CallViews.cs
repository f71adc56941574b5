namespace FrontDesk.Cards.Calls;

// A phone message as the cards show it: times already in the building's zone, AnswerSpeed as its name.
// Every text is as typed; the cards escape it.
public sealed record PhoneMessageView(
    string Reference,
    string CallerName,
    string? CallerCompany,
    string? CallerPhone,
    string Recipient,
    string Company,
    bool ForCompany,
    string Message,
    bool Urgent,
    bool CallBack,
    string AnswerSpeed,
    string TakenAt,
    string TakenTime,
    string TakenBy,
    bool Open,
    bool Notified,
    bool Reminded,
    string? CalledBackAt,
    string? CalledBackBy);

public sealed record CallChoice(string Value, string Title);

public sealed record AnswerFiguresView(int Calls, int Answered, int Within, int Percent, int AverageWaitSeconds);

// Label is an hour ("09:00–10:00") or who answered, as the phone system wrote it.
public sealed record AnswerLineView(string Label, AnswerFiguresView Figures);

public sealed record SelfReportView(int Messages, int Within, int Percent, int Later, int MissedCalledBack);

// The answer-time figures of some days. Rings: answered on the 1st, 2nd, 3rd, 4th–5th ring, later.
public sealed record AnswerTimesView(
    string Days,
    int RingSeconds,
    AnswerFiguresView Total,
    IReadOnlyList<int> Rings,
    IReadOnlyList<AnswerLineView> ByHour,
    IReadOnlyList<AnswerLineView> ByStaff,
    SelfReportView SelfReport);

// The configured header names of the phone system's export, for the import instructions.
public sealed record CallColumnsView(string StartTime, string Direction, string CallerNumber, string WaitSeconds, string Answered, string AnsweredBy, string CallId);
