using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Feedback;

// Every button of the feedback cards in Teams (the kiosk's are KioskActions.Feedback and GiveFeedback).
public static class FeedbackActions
{
    public static readonly CardAction Open = new("feedback.open");
    public static readonly CardAction Give = new("feedback.give");
    public static readonly CardAction Record = new("feedback.record");
    public static readonly CardAction Mine = new("feedback.mine");
    public static readonly CardAction FollowUp = new("feedback.followup.open");
    public static readonly CardAction SaveFollowUp = new("feedback.followup");
    public static readonly CardAction Summary = new("feedback.summary");
}
