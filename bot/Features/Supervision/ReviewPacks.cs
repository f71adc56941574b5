using FrontDesk.Bot.Features.Assessment;
using FrontDesk.Data.Reports;
using FrontDesk.Data.Supervision;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Supervision;

// What a review is made on: the period's compliance figures, the review before it, and the period's own review once
// it has been recorded.
public sealed record ReviewPack(ReviewPeriod Period, ComplianceFigures Figures, int WaitStandardMinutes, RulesReview? Last, RulesReview? Recorded);

// Gathers a review's pack; the visitor's wait standard is the assessment's (Assessment:WalkInWaitMinutes).
public sealed class ReviewPacks(Compliance compliance, RulesReviews reviews, IOptions<AssessmentOptions> assessment)
{
    public async Task<ReviewPack> ForAsync(ReviewPeriod period, CancellationToken ct)
    {
        var wait = assessment.Value.WalkInWaitMinutes;
        var figures = await compliance.ForAsync(period.From, period.To, TimeSpan.FromMinutes(wait), ct);
        var recorded = await reviews.ForPeriodAsync(period, ct);
        var last = (await reviews.HistoryAsync(2, ct)).FirstOrDefault(r => r.Period != period);
        return new(period, figures, wait, last, recorded);
    }
}
