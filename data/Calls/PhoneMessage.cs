namespace FrontDesk.Data.Calls;

// How quickly the desk answered the call, as the staff member who took it reports it.
public enum AnswerSpeed
{
    WithinThreeRings = 1,
    Later = 2,
    MissedCalledBack = 3,
}

public enum PhoneMessageStatus
{
    Open = 0,
    CalledBack = 1,
}

// A message the desk took on the phone for a member, or for everyone at a company, with our reference
// number C-yyyyMMdd-NNNN. Names are kept as logged (the directory may change later).
public class PhoneMessage
{
    public int Id { get; set; }
    public required string Reference { get; set; }
    public required string CallerName { get; set; }
    public string? CallerCompany { get; set; }
    public string? CallerPhone { get; set; }
    public int CompanyId { get; set; }
    // Null when the message is for the whole company.
    public int? RecipientMemberId { get; set; }
    public required string RecipientName { get; set; }
    public required string CompanyName { get; set; }
    public required string Message { get; set; }
    public bool Urgent { get; set; }
    public bool CallBackRequested { get; set; }
    public AnswerSpeed AnswerSpeed { get; set; }
    public DateTimeOffset TakenAt { get; set; }
    public required string TakenBy { get; set; }
    public required string TakenByName { get; set; }
    // The card submit that saved it: a second tap of the same card finds this row instead of adding one.
    public required string SubmitToken { get; set; }
    // How many people were told in Teams; 0 means nobody could be reached and the desk was told instead.
    public int NotifiedCount { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public PhoneMessageStatus Status { get; set; }
    public DateTimeOffset? CalledBackAt { get; set; }
    public string? CalledBackBy { get; set; }
    public string? CalledBackByName { get; set; }

    public bool IsOpen => Status == PhoneMessageStatus.Open;

    public bool ForCompany => RecipientMemberId is null;
}

// The last reference number handed out per building-local day ("20261201").
public class PhoneMessageCounter
{
    public required string Day { get; set; }
    public int Last { get; set; }
}
