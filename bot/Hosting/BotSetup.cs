using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Features.Directory;
using FrontDesk.Bot.Features.Mail;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
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
        // mail
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new MailRules(
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<FrontDeskOptions>>().Value.TimeZone),
            TimeSpan.FromMinutes(sp.GetRequiredService<IOptions<MailOptions>>().Value.BatchMinutes),
            TimeSpan.FromHours(sp.GetRequiredService<IOptions<MailOptions>>().Value.DeliveryHours)));
        services.AddSingleton<IMailNoticeSink, MailNotifier>();
        services.AddSingleton<MailLog>();
        services.AddSingleton<MailRounds>();
        services.AddSingleton<MailHandover>();
        services.AddSingleton<MailQueries>();
        services.AddSingleton<MailText>();
        services.AddSingleton<ITeamsTask, MailLogTask>();
        services.AddSingleton<ITeamsTask, MailBoardTask>();
        services.AddSingleton<ITeamsTask, MailPickupTask>();
        services.AddSingleton<ITeamsTask, MailTrackTask>();
        services.AddHostedService<MailRoundsWorker>();

        services.AddSingleton<CsvDownload>();
        services.AddHttpClient(CsvDownload.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddOptions<FrontDesk.Bot.Channels.Teams.Package.TeamsPackageOptions>().BindConfiguration(FrontDesk.Bot.Channels.Teams.Package.TeamsPackageOptions.Section);

        services.AddSingleton<KioskRouter>();
        services.AddTransient<IBot, FrontDeskBot>();
        return services;
    }

    public static WebApplication MapTeamsBot(this WebApplication app)
    {
        MessagesEndpoint.Map(app);
        return app;
    }
}
