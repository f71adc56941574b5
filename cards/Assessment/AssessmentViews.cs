namespace FrontDesk.Cards.Assessment;

public sealed record CountView(int Handled, int Met);

// A part of the score (0–100, or null: not enough to go on) and its share of the total in percent.
public sealed record PartView(double? Value, double Weight);

public sealed record StaffScoreView(
    int StaffId,
    string Name,
    int Rank,
    CountView Calls,
    CountView Mail,
    CountView WalkIns,
    PartView Service,
    int FeedbackCount,
    double? FeedbackAverage,
    PartView Feedback,
    int? AttitudeRating,
    string? AttitudeNote,
    PartView Attitude,
    double? Total,
    bool Awarded);

// The rules the figures were made with, for the card to say so.
public sealed record AssessmentRulesView(int ServiceWeight, int FeedbackWeight, int AttitudeWeight, int MinimumFeedback, int WalkInWaitMinutes);

public sealed record AssessmentView(string Quarter, string EarlierQuarter, string? LaterQuarter, AssessmentRulesView Rules, IReadOnlyList<StaffScoreView> Staff, Uri Download);
