using FrontDesk.Bot.Lobby;
using FrontDesk.Bot.Teams;
using FrontDesk.Bot.Teams.Tasks;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

public static class BotSetup
{
    public static IServiceCollection AddTeamsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FrontDeskOptions>().BindConfiguration(FrontDeskOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "FrontDesk:TimeZone is not a known time zone id.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Catalog(sp.GetRequiredService<IOptions<FrontDeskOptions>>().Value.FallbackLanguage));

        // Reads MicrosoftAppId/Password/Type/TenantId; with no app id, incoming auth is off (loopback only).
        // The HttpClient factory lets every reply and proactive send reuse pooled connections.
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            configuration, httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>()));
        services.AddSingleton<FrontDeskAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<FrontDeskAdapter>());
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();

        services.AddSingleton<People>();
        services.AddSingleton<DirectorySearch>();
        services.AddHostedService<StaffSeeding>();
        services.AddSingleton<TeamsIdentity>();
        services.AddSingleton<ConversationReferenceCapture>();
        services.AddSingleton<TeamsRouter>();
        services.AddSingleton<HelpTask>();
        services.AddSingleton<ITeamsTask>(sp => sp.GetRequiredService<HelpTask>());
        services.AddSingleton<ITeamsTask, StaffTask>();
        services.AddSingleton<ITeamsTask, ImportTask>();
        services.AddSingleton<CsvDownload>();
        services.AddHttpClient(CsvDownload.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddOptions<FrontDesk.Bot.Teams.Package.TeamsPackageOptions>().BindConfiguration(FrontDesk.Bot.Teams.Package.TeamsPackageOptions.Section);

        services.AddSingleton<VisitorDesk>();
        services.AddTransient<IBot, FrontDeskBot>();
        return services;
    }

    public static WebApplication MapTeamsBot(this WebApplication app)
    {
        MessagesEndpoint.Map(app);
        return app;
    }
}
