using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Reports;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

// Reports to management: the daily summary at closing time (and on demand).
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();
        services.AddSingleton<DailySummary>();
        services.AddSingleton<IScheduledJob, DailySummaryJob>();
        services.AddSingleton<ITeamsTask, DailySummaryTask>();
        return services;
    }
}
