namespace FrontDesk.Data.Assessment;

// How a quarter's score is made: the weights of its three parts (any positive numbers; they are shares of
// their sum), how many ratings the feedback part needs, and how long a walk-in may wait for the desk.
public sealed record AssessmentRules(double ServiceWeight, double FeedbackWeight, double AttitudeWeight, int MinimumFeedback, TimeSpan WalkInWait);
