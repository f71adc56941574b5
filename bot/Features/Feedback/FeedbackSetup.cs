using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Feedback;

namespace FrontDesk.Bot.Features.Feedback;

// Customer feedback: the one card for visitors, members and the desk, the managers' low-rating alert and its
// follow-up, "my feedback", and the managers' summary with its CSV.
public static class FeedbackSetup
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddSingleton<FeedbackText>();
        services.AddSingleton<IFeedbackNoticeSink, FeedbackNotifier>();
        services.AddSingleton<FeedbackLog>();
        services.AddSingleton<FeedbackFollowUps>();
        services.AddSingleton<FeedbackQueries>();
        services.AddSingleton<FeedbackSummary>();
        services.AddSingleton<IDownload, FeedbackExports>();
        services.AddSingleton<ITeamsTask, FeedbackSummaryTask>();
        services.AddSingleton<ITeamsTask, MyFeedbackTask>();
        services.AddSingleton<ITeamsTask, FeedbackFormTask>();
        services.AddSingleton<ITeamsTask, FeedbackFollowUpTask>();
        // The kiosk's feedback flow: the lobby channel only routes a visitor's taps to it.
        services.AddSingleton<KioskFeedback>();
        return services;
    }
}
