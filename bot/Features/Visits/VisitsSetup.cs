using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Features.Visits.Kiosk;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Visits;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Visits;

public static class VisitsSetup
{
    public static IServiceCollection AddVisits(this IServiceCollection services)
    {
        services.AddSingleton<Invitations>();
        services.AddSingleton<LobbyCheckIn>();
        services.AddSingleton<HostAnswers>();
        services.AddSingleton<DeskServes>();
        services.AddSingleton<CheckOut>();
        services.AddSingleton<VisitBoard>();
        services.AddSingleton<Watchlist>();
        services.AddSingleton<VisitNotices>();
        services.AddSingleton<IVisitNoticeSink>(sp => sp.GetRequiredService<VisitNotices>());
        services.AddSingleton<IUndeliveredFollowUp, LostKioskRelay>();
        services.AddOptions<VisitsOptions>().BindConfiguration(VisitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<VisitsOptions>>().Value.ToCheckInWindow());
        services.AddSingleton<VisitWatchQueries>();
        services.AddSingleton<VisitSearch>();
        services.AddSingleton<IDownload, VisitExports>();
        services.AddSingleton<VisitRoundsWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<VisitRoundsWorker>());
        services.AddSingleton<ITeamsTask, HostAnswerTask>();
        services.AddSingleton<ITeamsTask, DeskServeTask>();
        services.AddSingleton<ITeamsTask, InviteTask>();
        services.AddSingleton<ITeamsTask, OurVisitorsTask>();
        services.AddSingleton<VisitLines>();
        services.AddSingleton<ITeamsTask, VisitBoardTask>();
        services.AddSingleton<ITeamsTask, WatchlistTask>();
        services.AddSingleton<ITeamsTask, VisitSearchTask>();
        // The kiosk's visit flows: the lobby channel only routes a visitor's taps to them.
        services.AddSingleton<KioskArrival>();
        services.AddSingleton<HostFinder>();
        services.AddSingleton<InvitationCheckIn>();
        services.AddSingleton<WalkInRegistration>();
        services.AddSingleton<KioskCheckOut>();
        return services;
    }
}
