using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Staffing;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Staffing;

// Staffing (R7): the roster (a shift card, a month's CSV), the Erlang C staffing table against it, and the
// what-if command line. Uses the traffic counts and the plan's peak hours of AddTraffic().
public static class StaffingSetup
{
    public static IServiceCollection AddStaffing(this IServiceCollection services)
    {
        services.AddOptions<StaffingOptions>().BindConfiguration(StaffingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StaffingOptions>>().Value.ToRules());
        services.AddSingleton<Roster>();
        services.AddSingleton<RosterImport>();
        services.AddSingleton<StaffingPlan>();
        services.AddSingleton<StaffingText>();
        services.AddSingleton<ITeamsFileImport, RosterFileImport>();
        services.AddSingleton<RosterTask>();
        services.AddSingleton<ITeamsTask>(sp => sp.GetRequiredService<RosterTask>());
        services.AddSingleton<ITeamsTask, ShiftTask>();
        services.AddSingleton<ITeamsTask, StaffingTask>();
        return services;
    }
}
