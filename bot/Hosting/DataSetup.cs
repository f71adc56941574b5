namespace FrontDesk.Bot.Hosting;

public static class DataSetup
{
    public static IServiceCollection AddFrontDeskData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        _ = configuration;
        _ = environment;
        return services;
    }
}
