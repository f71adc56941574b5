using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Traffic;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Traffic;

// Desk traffic (R6): visitors, calls and mail per local hour and weekday, and the peak hours beside the plan's.
public static class TrafficSetup
{
    public static IServiceCollection AddTraffic(this IServiceCollection services)
    {
        services.AddOptions<TrafficOptions>().BindConfiguration(TrafficOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrafficOptions>, TrafficOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TrafficOptions>>().Value.ToRules());
        services.AddSingleton<DeskTraffic>();
        services.AddSingleton<TrafficText>();
        services.AddSingleton<ITeamsTask, TrafficTask>();
        return services;
    }
}
