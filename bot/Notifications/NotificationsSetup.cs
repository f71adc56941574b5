using FrontDesk.Data.Notifications;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Notifications;

public static class NotificationsSetup
{
    // The durable outbox (data), its sender and the desk alerts. Needs AddFrontDeskData, AddTeamsChannel and AddLobby.
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.RetryCapSeconds >= o.RetryBaseSeconds, "Notifications:RetryCapSeconds must not be below RetryBaseSeconds.")
            .Validate(o => o.Per30SecondsPerConversation >= o.PerSecondPerConversation,
                "Notifications:Per30SecondsPerConversation must not be below PerSecondPerConversation.")
            .Validate(o => o.Per2SecondsPerConversation >= o.PerSecondPerConversation,
                "Notifications:Per2SecondsPerConversation must not be below PerSecondPerConversation.")
            .Validate(o => o.UnansweredSendWaitSeconds >= o.SendTimeoutSeconds,
                "Notifications:UnansweredSendWaitSeconds must not be below SendTimeoutSeconds.")
            .Validate(o => o.RetryBudgetMinutes.Values.All(m => m > 0), "Notifications:RetryBudgetMinutes must all be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxDeliveries>();
        services.AddSingleton(sp => new ConversationPacer(sp.GetRequiredService<IOptions<NotificationsOptions>>().Value));
        services.AddSingleton(sp => new TenantRateLimiter(sp.GetRequiredService<IOptions<NotificationsOptions>>().Value));
        services.AddSingleton<LocalPace>();
        services.AddSingleton<SendPaces>();
        services.AddSingleton(sp => new SharedPace(sp.GetRequiredService<SendPaces>(), sp.GetRequiredService<IOptions<NotificationsOptions>>().Value));
        services.AddSingleton<SendPacing>();
        services.AddSingleton<LeaseRenewer>();
        services.AddSingleton<LateNotifications>();
        services.AddSingleton<LateNotices>();
        services.AddHostedService<LateNoticesWorker>();
        services.AddSingleton<DeliveryOutcomes>();
        services.AddSingleton<NotificationSend>();
        services.AddSingleton<PersonalChatOpener>();
        services.AddSingleton<ProactiveDelivery>();
        services.AddSingleton<NoticeComposer>();
        services.AddSingleton<StaffBroadcast>();
        services.AddSingleton<NoticeSubjects>();
        services.TryAddSingleton<IDeskAlerts, DeskAlerts>();
        services.AddSingleton<NotificationSender>();
        services.AddHostedService<OutboxWorker>();
        // The Teams adapter's retry of refused turn replies hands them to this outbox.
        services.AddSingleton<FrontDesk.Bot.Channels.Teams.TurnReplyRetry>();
        return services;
    }
}
