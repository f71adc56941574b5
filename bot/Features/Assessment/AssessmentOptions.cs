using System.ComponentModel.DataAnnotations;
using FrontDesk.Data.Assessment;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Assessment;

// Section "Assessment": the weights of the score's three parts, the feedback it needs, the walk-in wait standard.
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    [Range(0, 100)]
    public int ServiceWeight { get; set; } = 40;

    [Range(0, 100)]
    public int FeedbackWeight { get; set; } = 40;

    [Range(0, 100)]
    public int AttitudeWeight { get; set; } = 20;

    // Fewer ratings naming someone in a quarter, and their feedback part is "not enough data".
    [Range(1, 100)]
    public int MinimumFeedback { get; set; } = 3;

    // A walk-in whose host did not answer counts as served in time when the desk saw to them within this.
    [Range(1, 240)]
    public int WalkInWaitMinutes { get; set; } = 10;

    public AssessmentRules ToRules() => new(ServiceWeight, FeedbackWeight, AttitudeWeight, MinimumFeedback, TimeSpan.FromMinutes(WalkInWaitMinutes));
}

public sealed class AssessmentOptionsValidator : IValidateOptions<AssessmentOptions>
{
    public ValidateOptionsResult Validate(string? name, AssessmentOptions options) =>
        options.ServiceWeight + options.FeedbackWeight + options.AttitudeWeight > 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Assessment:ServiceWeight, FeedbackWeight and AttitudeWeight cannot all be 0.");
}
