using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Privacy;

// Personal data as the kiosk's notice promises: kept for Privacy:RetentionDays, erased on a manager's request,
// every view and export of it in the audit log (which managers can read), the notice accepted kept by version.
public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.TryAddSingleton<AccessLog>();
        services.AddSingleton<AuditPeople>();
        services.AddSingleton<PrivacyNotice>();
        services.AddSingleton<VisitorRetention>();
        services.AddSingleton<VisitorErasure>();
        services.AddSingleton<KioskConversations>();
        services.AddSingleton<IScheduledJob, RetentionJob>();
        services.AddSingleton<ITeamsTask, ForgetVisitorTask>();
        services.AddSingleton<ITeamsTask, AuditLogTask>();
        return services;
    }
}
