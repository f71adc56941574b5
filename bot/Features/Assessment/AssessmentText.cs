using FrontDesk.Cards.Assessment;
using FrontDesk.Data;
using FrontDesk.Data.Assessment;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Assessment;

// Turns computed scores into what the cards show, with the rules they were made with.
public sealed class AssessmentText(IOptions<AssessmentOptions> options, BuildingTime time)
{
    public Quarter ThisQuarter => Quarter.Of(time.Today);

    public AssessmentRulesView Rules
    {
        get
        {
            var o = options.Value;
            return new(o.ServiceWeight, o.FeedbackWeight, o.AttitudeWeight, o.MinimumFeedback, o.WalkInWaitMinutes);
        }
    }

    public static StaffScoreView View(StaffScore s, int rank) => new(
        s.StaffId, s.Name, rank, Count(s.Calls), Count(s.Mail), Count(s.WalkIns), Part(s.Service), s.FeedbackCount, s.FeedbackAverage, Part(s.Feedback),
        s.AttitudeRating, s.AttitudeNote, Part(s.Attitude), s.Total, s.Awarded);

    private static CountView Count(RecordCount c) => new(c.Handled, c.Met);

    private static PartView Part(ScorePart p) => new(p.Value, p.Weight);
}
