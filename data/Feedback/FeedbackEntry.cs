namespace FrontDesk.Data.Feedback;

// What the feedback is about, as the plan's service areas.
public enum FeedbackCategory
{
    Reception = 1,
    Mail = 2,
    Phone = 3,
    Cleanliness = 4,
    Facilities = 5,
    Other = 6,
}

// Where it was given: at the kiosk, by a member in Teams, or told to a staff member who recorded it.
public enum FeedbackSource
{
    Kiosk = 1,
    Teams = 2,
    RecordedByStaff = 3,
}

// How a customer gave the feedback a staff member recorded.
public enum FeedbackChannel
{
    InPerson = 1,
    Phone = 2,
    Email = 3,
    Other = 4,
}

// One rating of the front desk's service, 1 (poor) to 5 (excellent). Who gave it is kept for their own
// "my feedback", but shown to managers only when they agreed to be contacted.
public class FeedbackEntry
{
    public const int LowRating = 2;

    public int Id { get; set; }
    public int Rating { get; set; }
    public FeedbackCategory Category { get; set; }
    public string? Comment { get; set; }
    public int? AboutStaffId { get; set; }
    public string? AboutStaffName { get; set; }
    public FeedbackSource Source { get; set; }
    public FeedbackChannel? Channel { get; set; }
    // The Teams account that gave it (a member) or recorded it (staff); null at the kiosk.
    public string? GivenBy { get; set; }
    public int? MemberId { get; set; }
    public int? CompanyId { get; set; }
    public string? RecordedByName { get; set; }
    // The visit it was given after, at the kiosk: later reports relate it to waiting and answer times.
    public int? VisitId { get; set; }
    public bool ContactAllowed { get; set; }
    public string? ContactName { get; set; }
    public string? ContactCompany { get; set; }
    public string? ContactDetails { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    // The form submit that saved it: a second tap of the same card finds this row instead of adding one.
    public required string SubmitToken { get; set; }
    public DateTimeOffset? FollowedUpAt { get; set; }
    public string? FollowedUpBy { get; set; }
    public string? FollowedUpByName { get; set; }
    public string? FollowUpNote { get; set; }

    public bool IsLow => Rating <= LowRating;
}
