using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Training;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Training;

// Staff training (R9): sessions managers schedule, staff sign-ups with a waiting list, attendance, the quarterly
// rule, and the reminders of the day before and of the quarter's end.
public static class TrainingSetup
{
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TrainingOptions>>().Value.ToRules());
        services.AddSingleton<ITrainingNoticeSink, TrainingNotifier>();
        services.AddSingleton<TrainingText>();
        services.AddSingleton<TrainingLists>();
        services.AddSingleton<TrainingSessions>();
        services.AddSingleton<TrainingSignUps>();
        services.AddSingleton<TrainingAttendance>();
        services.AddSingleton<TrainingQueries>();
        services.AddSingleton<QuarterStatus>();
        services.AddSingleton<TrainingRounds>();
        services.AddSingleton<ITeamsTask, TrainingListTask>();
        services.AddSingleton<ITeamsTask, MyTrainingTask>();
        services.AddSingleton<ITeamsTask, TrainingSessionTask>();
        services.AddSingleton<ITeamsTask, AttendanceTask>();
        services.AddSingleton<ITeamsTask, TrainingStatusTask>();
        services.AddHostedService<TrainingRoundsWorker>();
        return services;
    }
}
