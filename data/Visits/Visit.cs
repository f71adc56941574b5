using FrontDesk.Data.Directory;

namespace FrontDesk.Data.Visits;

public enum VisitStatus
{
    // Invited; not arrived yet.
    Expected = 1,
    // A walk-in waiting for the host to let them in.
    AwaitingHost = 2,
    // Held for the desk (watchlist); the visitor is asked to see the desk.
    AwaitingDesk = 3,
    CheckedIn = 4,
    CheckedOut = 5,
    NoShow = 6,
    Cancelled = 7,
    Denied = 8,
}

public enum HostAnswer
{
    ComingDown = 1,
    PleaseWait = 2,
    SendUp = 3,
    CannotMake = 4,
    LetIn = 5,
    Decline = 6,
}

// One visit (R2): from the invitation (or the walk-in registration) to check-out.
public class Visit
{
    public int Id { get; set; }
    public VisitStatus Status { get; set; }
    public bool WalkIn { get; set; }
    // The invitation code the visitor types at the kiosk; null for walk-ins.
    public string? Code { get; set; }

    public required string VisitorName { get; set; }
    public string? VisitorCompany { get; set; }
    public string? VisitorPhone { get; set; }
    public string? VisitorEmail { get; set; }
    public int Guests { get; set; } = 1;
    public required string Purpose { get; set; }

    public int HostMemberId { get; set; }
    public Member? Host { get; set; }
    public int CompanyId { get; set; }
    public Company? Company { get; set; }

    public DateTimeOffset? ExpectedFrom { get; set; }
    public DateTimeOffset? ExpectedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? ArrivedAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public DateTimeOffset? CheckedOutAt { get; set; }
    public string? CheckedOutBy { get; set; }
    public bool AutoCheckedOut { get; set; }
    public DateTimeOffset? ConsentAt { get; set; }
    // Which privacy notice the visitor accepted (PrivacyNoticeVersion.Version: its language and text's hash).
    public string? ConsentVersion { get; set; }
    // When the visitor's personal fields were blanked (retention or a manager's erasure); the visit still counts.
    public DateTimeOffset? AnonymisedAt { get; set; }

    // Where the visitor waits, so the host's answer can be relayed to the kiosk.
    public string? LobbyConversationId { get; set; }
    public string? LobbyLocale { get; set; }

    public HostAnswer? HostAnswer { get; set; }
    public int? WaitMinutes { get; set; }
    public DateTimeOffset? HostAnsweredAt { get; set; }
    public int? HostAnsweredBy { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    // The staff member who went to a visitor whose host had not answered (their Teams account), and when:
    // walk-ins the desk served, for its assessment.
    public string? DeskServedBy { get; set; }
    public string? DeskServedByName { get; set; }
    public DateTimeOffset? DeskServedAt { get; set; }
    public DateTimeOffset? OverstayFlaggedAt { get; set; }

    public int? WatchlistEntryId { get; set; }

    // The kiosk form's one-time token: a second tap on "Check in" finds this visit instead of making another.
    public string? SubmitToken { get; set; }

    public bool IsOver => Status is VisitStatus.CheckedOut or VisitStatus.NoShow or VisitStatus.Cancelled or VisitStatus.Denied;
}

// People the desk must see before they go up; matching check-ins are held, the reason never shown.
public class WatchlistEntry
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Company { get; set; }
    public required string Reason { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset AddedAt { get; set; }
    public required string AddedBy { get; set; }
}
