namespace FrontDesk.Data.Mail;

public enum MailKind
{
    Letter = 1,
    Document = 2,
    Parcel = 3,
    LargeParcel = 4,
    Perishable = 5,
}

public enum MailStatus
{
    Received = 0,
    Notified = 1,
    Escalated = 2,
    PickedUp = 3,
    Delivered = 4,
    ReturnedToSender = 5,
}

// One item the desk received for a tenant: a letter, a parcel, … with our serial number M-yyyyMMdd-NNNN.
public class MailItem
{
    public int Id { get; set; }
    public required string Serial { get; set; }
    public int CompanyId { get; set; }
    // Null when the item is addressed to the company rather than to one of its members.
    public int? RecipientMemberId { get; set; }
    // The recipient's name as logged (the directory may change later).
    public required string RecipientName { get; set; }
    public required string CompanyName { get; set; }
    public MailKind Kind { get; set; }
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public int Count { get; set; } = 1;
    public bool Urgent { get; set; }
    public string? Shelf { get; set; }
    public string? Notes { get; set; }
    public MailStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public required string LoggedBy { get; set; }
    public required string LoggedByName { get; set; }
    // The card submit that logged it: a second tap of the same card finds these rows instead of adding more.
    public required string SubmitToken { get; set; }
    public DateTimeOffset? NotifiedAt { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    // SHA-256 of the pickup code; items notified together share one code. The code itself is never stored.
    public string? PickupCodeHash { get; set; }
    public int WrongCodeAttempts { get; set; }
    public DateTimeOffset? LockedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public string? ClosedByName { get; set; }
    // Who took the item at the desk or signed for it at the suite; the reason when returned.
    public string? HandedTo { get; set; }
    // Received → picked up or delivered, for the R4 compliance figures (null while open or when returned).
    public long? DeliverySeconds { get; set; }
    public List<MailEvent> History { get; set; } = [];

    public bool IsOpen => Status is MailStatus.Received or MailStatus.Notified or MailStatus.Escalated;
}

public enum MailEventType
{
    Received = 0,
    Notified = 1,
    NotNotifiable = 2,
    Escalated = 3,
    WrongCode = 4,
    Locked = 5,
    Unlocked = 6,
    PickedUp = 7,
    Delivered = 8,
    ReturnedToSender = 9,
    NewCode = 10,
}

// One timestamped, attributed step in an item's life.
public class MailEvent
{
    // The actor of the background rounds; its ActorName is only for reading the table.
    public const string System = "system";

    // Closed after the delivery deadline: stored at the end of Details ("Li Na at reception (late)").
    public const string LateMark = " (late)";

    public long Id { get; set; }
    public int MailItemId { get; set; }
    public DateTimeOffset At { get; set; }
    public MailEventType Type { get; set; }
    // Teams aadObjectId, or System for the background job.
    public required string Actor { get; set; }
    public required string ActorName { get; set; }
    public string? Details { get; set; }
}

// The last serial number handed out per building-local day ("20261128").
public class MailSerialCounter
{
    public required string Day { get; set; }
    public int Last { get; set; }
}
