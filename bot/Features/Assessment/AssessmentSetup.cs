using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Assessment;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Assessment;

// Staff assessment: each quarter's score from the desk's records, customer feedback and the manager's attitude
// rating; the ranking, the awards and the CSV.
public static class AssessmentSetup
{
    public static IServiceCollection AddAssessment(this IServiceCollection services)
    {
        services.AddOptions<AssessmentOptions>().BindConfiguration(AssessmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AssessmentOptions>, AssessmentOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AssessmentOptions>>().Value.ToRules());
        services.AddSingleton<AssessmentText>();
        services.AddSingleton<AssessmentScores>();
        services.AddSingleton<AssessmentReviews>();
        services.AddSingleton<IDownload, AssessmentExports>();
        services.AddSingleton<AssessmentTask>();
        services.AddSingleton<ITeamsTask>(sp => sp.GetRequiredService<AssessmentTask>());
        services.AddSingleton<ITeamsTask, AssessmentReviewTask>();
        return services;
    }
}
