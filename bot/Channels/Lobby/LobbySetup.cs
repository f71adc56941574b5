using System.Threading.RateLimiting;
using FrontDesk.Bot.Channels.Lobby.DirectLine;
using FrontDesk.Data.Lobby;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Lobby;

// The lobby kiosk: its page, and either the local Direct Line server or Azure's Direct Line behind a token endpoint.
public static class LobbySetup
{
    public static IServiceCollection AddLobby(this IServiceCollection services)
    {
        services.AddOptions<LobbyOptions>().BindConfiguration(LobbyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LobbyOptions>, LobbyOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<UploadBudget>();
        services.AddSingleton<LobbyConversations>();
        // Shared with the other instances when the database is (the conversations then live there), else in memory.
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<LobbyConversations>().Shared
            ? ActivatorUtilities.CreateInstance<SharedConversationStore>(sp)
            : ActivatorUtilities.CreateInstance<MemoryConversationStore>(sp));
        services.AddHostedService<ConversationWakeups>();
        // The kiosk's state lives where its conversations do (the database's storage is otherwise the same).
        services.Replace(ServiceDescriptor.Singleton<IStorage, KioskStateStorage>());
        services.AddSingleton<KioskReach>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<LobbyTurnErrorHandler>();
        services.AddSingleton<LobbyAdapter>();
        services.AddSingleton<LobbyForms>();
        services.AddSingleton<CodeAttempts>();
        services.AddSingleton<KioskRouter>();
        services.AddSingleton<ConversationSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ConversationSweeper>());
        services.AddHttpClient<AzureLobbyTokenSource>();
        services.AddSingleton<LocalLobbyTokenSource>();
        services.AddTransient<ILobbyTokenSource>(sp =>
            sp.GetRequiredService<IOptions<LobbyOptions>>().Value.DirectLine.Mode == DirectLineMode.Azure
                ? sp.GetRequiredService<AzureLobbyTokenSource>()
                : sp.GetRequiredService<LocalLobbyTokenSource>());
        services.AddSingleton<KioskTokenLimits>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = KioskTokenLimits.RetryAfterSeconds(rejected.Lease);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(ActivitiesApi.PostPolicy, http => KioskTokenLimits.PerMinute(
                http.Request.RouteValues["conversationId"]?.ToString() ?? "unknown",
                Options(http).DirectLine.PostsPerMinute));
            limiter.AddPolicy(DirectLineApi.RefreshPolicy, http => PerHour(
                DirectLineTokens.ClaimedConversation(DirectLineAccess.Bearer(http.Request)) ?? "none",
                Options(http).DirectLine.RefreshesPerHour));
        });
        return services;
    }

    public static WebApplication MapLobby(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = ProtectStaticFile });
        app.UseRateLimiter();
        app.MapLobbyPage();
        if (app.Services.GetRequiredService<IOptions<LobbyOptions>>().Value.DirectLine.Mode == DirectLineMode.Local)
        {
            app.MapGroup("/v3/directline")
                .MapDirectLineConversations()
                .MapDirectLineActivities()
                .MapDirectLineUploads()
                .MapDirectLineStream();
        }
        return app;
    }

    // Scripts and styles (Web Chat's bundle too) are never content-sniffed; the page's HTML, even fetched by its
    // file name, gets the page's own policy.
    private static void ProtectStaticFile(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext file)
    {
        file.Context.Response.Headers.XContentTypeOptions = "nosniff";
        if (file.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            LobbyPagePolicy.Apply(file.Context, Options(file.Context));
        }
    }

    private static LobbyOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<LobbyOptions>>().Value;

    private static RateLimitPartition<string> PerHour(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        });
}
