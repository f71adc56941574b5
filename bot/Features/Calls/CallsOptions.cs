using System.ComponentModel.DataAnnotations;
using FrontDesk.Data.Calls;

namespace FrontDesk.Bot.Features.Calls;

// Section "Calls": the follow-up of urgent messages, the length of a ring, the greeting, the phone system's columns.
public sealed class CallsOptions
{
    public const string Section = "Calls";

    // An urgent message not marked called back this long after it was taken reminds the recipient and tells the desk.
    [Range(1, 1440)]
    public int CallBackMinutes { get; set; } = 30;

    // One ring of the desk's phone; three of them are the service standard.
    [Range(1, 60)]
    public int RingSeconds { get; set; } = 6;

    // How often the background round looks for urgent messages waiting too long.
    [Range(5, 3600)]
    public int RoundSeconds { get; set; } = 60;

    // The building's telephone greeting per language ("en", "zh-Hans"), shown on the call card as a script;
    // "{building}" and "{name}" are filled in. A language left out gets the standard greeting.
    public Dictionary<string, string> Greeting { get; set; } = [];

    public CallRecordColumnsOptions Records { get; set; } = new();
}

// "Calls:Records": the header names of the phone system's CSV export.
public sealed class CallRecordColumnsOptions
{
    private static readonly CallRecordColumns Defaults = CallRecordColumns.Default;

    public string StartTime { get; set; } = Defaults.StartTime;
    public string Direction { get; set; } = Defaults.Direction;
    public string CallerNumber { get; set; } = Defaults.CallerNumber;
    public string WaitSeconds { get; set; } = Defaults.WaitSeconds;
    public string Answered { get; set; } = Defaults.Answered;
    public string AnsweredBy { get; set; } = Defaults.AnsweredBy;
    public string CallId { get; set; } = Defaults.CallId;

    public IEnumerable<(string Key, string Value)> Named() =>
    [
        (nameof(StartTime), StartTime), (nameof(Direction), Direction), (nameof(CallerNumber), CallerNumber), (nameof(WaitSeconds), WaitSeconds),
        (nameof(Answered), Answered), (nameof(AnsweredBy), AnsweredBy), (nameof(CallId), CallId),
    ];

    // Only called on validated options.
    public CallRecordColumns ToColumns() =>
        new(StartTime.Trim(), Direction.Trim(), CallerNumber.Trim(), WaitSeconds.Trim(), Answered.Trim(), AnsweredBy.Trim(), CallId.Trim());
}
