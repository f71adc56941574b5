namespace FrontDesk.Cards.Feedback;

// One rating as the cards show it: times already in the building's zone, enums as their names. Every text
// is as typed; the cards escape it. Contact is null unless the giver agreed to be contacted.
public sealed record FeedbackView(
    int Id,
    int Rating,
    string Category,
    string? Comment,
    string? About,
    string Source,
    string? Channel,
    string? RecordedBy,
    string? Contact,
    string GivenAt,
    string? FollowedUpAt,
    string? FollowedUpBy,
    string? FollowUpNote);

// Someone at the desk a rating may name, from the staff list.
public sealed record DeskChoice(int Id, string Name);

public sealed record RatingView(int Count, double? Average, double? LowShare);

public sealed record CategoryLineView(string Category, RatingView Now, RatingView Before);

public sealed record WeekLineView(string Week, RatingView Ratings);

// A period's summary with its neighbours' codes for the buttons (Later is null for the current period).
public sealed record FeedbackSummaryView(
    string Period,
    string Code,
    bool IsMonth,
    string EarlierCode,
    string? LaterCode,
    string OtherLengthCode,
    RatingView Now,
    RatingView Before,
    IReadOnlyList<CategoryLineView> Categories,
    IReadOnlyList<WeekLineView> Weeks,
    IReadOnlyList<WeekLineView> WeeksBefore,
    IReadOnlyList<FeedbackView> Lowest,
    Uri Download);
