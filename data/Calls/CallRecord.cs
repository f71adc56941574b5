namespace FrontDesk.Data.Calls;

public enum CallDirection
{
    Inbound = 1,
    Outbound = 2,
    Internal = 3,
}

// One call from the phone system's call detail records, as imported. Key tells the call apart from every
// other, so importing the same export twice adds nothing the second time.
public class CallRecord
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public CallDirection Direction { get; set; }
    public string? CallerNumber { get; set; }
    // Ringing or waiting before someone answered (or before the caller gave up); null when the export has none.
    public int? WaitSeconds { get; set; }
    public bool Answered { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
}
