using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Directory;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Directory;

// The building's directory and its staff list: look-ups, the CSV import, the staff seeded from configuration.
public static class DirectorySetup
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddOptions<StaffSeedOptions>().BindConfiguration(StaffSeedOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffSeedOptions>, StaffSeedOptionsValidator>();
        services.AddSingleton<People>();
        services.AddSingleton<DirectorySearch>();
        services.AddSingleton<DirectoryImport>();
        services.AddHostedService<StaffSeeding>();
        services.AddSingleton<ITeamsTask, StaffTask>();
        services.AddSingleton<ITeamsTask, ImportTask>();
        return services;
    }
}
