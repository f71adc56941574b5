using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Providers;
using FrontDesk.Data.State;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

public static class DataSetup
{
    public static IServiceCollection AddFrontDeskData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Database:Path must name a file.")
            .Validate(o => o.Path.IndexOfAny(Path.GetInvalidPathChars()) < 0, "Database:Path contains characters a path cannot have.")
            .Validate(o => o.BusyTimeoutSeconds is > 0 and <= 600, "Database:BusyTimeoutSeconds must be between 1 and 600.")
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is Postgres.")
            .ValidateOnStart();

        services.AddDbContextFactory<FrontDeskDb>((sp, db) =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            db.UseFrontDeskDatabase(options.Connection(environment.ContentRootPath));
        });
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<BotStateStore>();
        services.TryAddSingleton<IStorage>(sp => new DocumentBotStorage(sp.GetRequiredService<BotStateStore>()));
        services.AddSingleton<StaleStateRetry>();
        services.AddOptions<BotStateOptions>().BindConfiguration(BotStateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BotStatePurge>();
        services.AddHostedService(sp => sp.GetRequiredService<BotStatePurge>());

        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<DatabaseStartup>();
        services.AddSingleton<OutboxHealth>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(HealthEndpoints.DatabaseCheck)
            .AddCheck<OutboxHealthCheck>(HealthEndpoints.OutboxCheck);
        return services;
    }
}
