using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features;

// What every area shares about the building: its name, its clock, the language to fall back on, and the
// signed links through which any area hands out a file.
public static class BuildingSetup
{
    public static IServiceCollection AddBuilding(this IServiceCollection services)
    {
        services.AddOptions<BuildingOptions>().BindConfiguration(BuildingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BuildingOptions>, BuildingOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // The zone is looked up here once; BuildingTime, mail's rules and the cards all use this one object.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BuildingOptions>>().Value.ToBuilding());
        services.AddSingleton(sp => new BuildingTime(sp.GetRequiredService<Building>().Zone, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Catalog(sp.GetRequiredService<IOptions<BuildingOptions>>().Value.FallbackLanguage));
        // Kept in the database: a link signed by one instance opens at another, and survives a restart without a home folder.
        services.AddDataProtection().SetApplicationName("FrontDesk.Bot").PersistKeysToDbContext<FrontDeskDb>();
        services.AddSingleton<SignedDownloads>();
        return services;
    }

    public static WebApplication MapDownloads(this WebApplication app)
    {
        SignedDownloads.Map(app);
        return app;
    }
}
