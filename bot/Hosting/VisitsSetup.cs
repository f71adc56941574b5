using FrontDesk.Data;
using FrontDesk.Data.Visits;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

public static class VisitsSetup
{
    public static IServiceCollection AddVisits(this IServiceCollection services)
    {
        services.AddSingleton(sp => new BuildingTime(
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<FrontDeskOptions>>().Value.TimeZone),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Invitations>();
        services.AddSingleton<LobbyCheckIn>();
        services.AddSingleton<HostAnswers>();
        services.AddSingleton<CheckOut>();
        services.AddSingleton<VisitBoard>();
        services.AddSingleton<Watchlist>();
        return services;
    }
}
