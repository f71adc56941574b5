using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Reports;
using FrontDesk.Data.Supervision;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Supervision;

// Supervision (R12): the owner of the front-desk rules is reminded to review them every ReviewMonths months with the
// compliance figures, and records the outcome in chat; "rules review" shows the history.
public static class SupervisionSetup
{
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddOptions<SupervisionOptions>().BindConfiguration(SupervisionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SupervisionOptions>, SupervisionOptionsValidator>();
        // The weekly report uses the same figures: whoever comes first registers them.
        services.TryAddSingleton<Compliance>();
        services.AddSingleton<RulesReviews>();
        services.AddSingleton<RulesOwner>();
        services.AddSingleton<ReviewPacks>();
        services.AddSingleton<SupervisionText>();
        services.AddSingleton<SupervisionNotifier>();
        services.AddSingleton<IScheduledJob, RulesReviewJob>();
        services.AddSingleton<ITeamsTask, RulesHistoryTask>();
        services.AddSingleton<ITeamsTask, RulesReviewTask>();
        return services;
    }
}
