using FrontDesk.Bot.Channels.Teams.Package;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Teams;

// The Teams channel: the authenticated adapter on /api/messages, conversation state, who is talking,
// the router and its help task, file downloads, and the one IBot that serves Teams and the lobby.
public static class TeamsSetup
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // The SDK reads the same root keys (and rarer ones such as ChannelService) itself; they are checked
        // above. With no app id, incoming auth is off (loopback only). The HttpClient factory lets every
        // reply and proactive send reuse pooled connections.
        services.AddHttpClient();
        services.AddHttpClient(ConnectorHttpClients.Name).RemoveAllLoggers();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            configuration, httpClientFactory: new ConnectorHttpClients(sp.GetRequiredService<IHttpClientFactory>()),
            logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>()));
        services.AddSingleton<FrontDeskAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<FrontDeskAdapter>());
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();

        services.AddSingleton<TeamsIdentity>();
        services.AddSingleton<ConversationReferenceCapture>();
        services.AddSingleton<TeamsRouter>();
        services.AddSingleton<HelpTask>();
        services.AddSingleton<ITeamsTask>(sp => sp.GetRequiredService<HelpTask>());
        services.AddSingleton<CsvDownload>();
        services.AddHttpClient(CsvDownload.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddOptions<TeamsPackageOptions>().BindConfiguration(TeamsPackageOptions.Section);
        services.AddTransient<IBot, FrontDeskBot>();
        return services;
    }

    public static WebApplication MapTeamsChannel(this WebApplication app)
    {
        MessagesEndpoint.Map(app);
        return app;
    }
}
