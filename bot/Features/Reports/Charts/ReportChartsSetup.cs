namespace FrontDesk.Bot.Features.Reports.Charts;

public static class ReportChartsSetup
{
    // Called from AddReports(); the charts and their font choice are shared by every report.
    public static IServiceCollection AddReportCharts(this IServiceCollection services)
    {
        services.AddSingleton<ChartFonts>();
        services.AddSingleton<ReportCharts>();
        return services;
    }
}
