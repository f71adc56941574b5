using FrontDesk.Bot.Lobby;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Hosting;

public static class BotSetup
{
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<VisitorDesk>();
        services.AddTransient<IBot, FrontDeskBot>();
        return services;
    }

    public static WebApplication MapTeamsBot(this WebApplication app) => app;
}
