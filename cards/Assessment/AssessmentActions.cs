using FrontDesk.Cards.Common;

namespace FrontDesk.Cards.Assessment;

// Every button of the assessment cards.
public static class AssessmentActions
{
    public static readonly CardAction Show = new("assessment.show");
    public static readonly CardAction Detail = new("assessment.detail");
    public static readonly CardAction OpenAttitude = new("assessment.attitude.open");
    public static readonly CardAction SaveAttitude = new("assessment.attitude");
    public static readonly CardAction Award = new("assessment.award");
}
