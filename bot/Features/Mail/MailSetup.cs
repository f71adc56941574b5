using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Mail;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Mail;

// Mail and parcels: logging, notices, pickup, tracking, and the round that batches and escalates.
public static class MailSetup
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new MailRules(
            sp.GetRequiredService<Building>().Zone,
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
        return services;
    }
}
