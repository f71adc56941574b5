using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Features.Reports.Charts;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Assessment;
using FrontDesk.Data.Reports;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Reports;

// Reports to management: the daily summary at closing time and the weekly report on Mondays (and both on demand).
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddReportCharts();
        services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();
        services.AddSingleton<DeskActivity>();
        services.TryAddSingleton<Compliance>();
        services.AddSingleton<DailySummary>();
        services.AddSingleton<IScheduledJob, DailySummaryJob>();
        services.AddSingleton<ITeamsTask, DailySummaryTask>();
        services.AddSingleton<WeeklyReport>();
        services.AddSingleton<WeeklyReportContent>();
        services.AddSingleton<WeeklyReportLinks>();
        services.AddSingleton<WeeklyReports>();
        services.AddSingleton<WeeklyReportPage>();
        services.AddSingleton<IScheduledJob, WeeklyReportJob>();
        services.AddSingleton<ITeamsTask, WeeklyReportTask>();
        services.AddSingleton<IDownload>(sp => new WeeklyReportFiles(sp.GetRequiredService<WeeklyReportContent>(), WeeklyReportFiles.CsvKind));
        services.AddSingleton<IDownload>(sp => new WeeklyReportFiles(sp.GetRequiredService<WeeklyReportContent>(), WeeklyReportFiles.XlsxKind));
        return services;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        WeeklyReportPage.Map(app);
        return app;
    }
}
