namespace FrontDesk.Bot.Lobby;

public static class LobbySetup
{
    public static IServiceCollection AddLobby(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    public static WebApplication MapLobby(this WebApplication app) => app;
}
