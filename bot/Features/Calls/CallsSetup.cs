using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Data.Calls;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Calls;

// Phone messages: logging a call, the recipient's notice and Called back, the urgent follow-up round, the
// desk's day, and the phone system's call records with the answer times they give.
public static class CallsSetup
{
    public static IServiceCollection AddCalls(this IServiceCollection services)
    {
        services.AddOptions<CallsOptions>().BindConfiguration(CallsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<CallsOptions>, CallsOptionsValidator>();
        services.AddSingleton(sp => new CallRules(
            sp.GetRequiredService<Building>().Zone,
            TimeSpan.FromMinutes(sp.GetRequiredService<IOptions<CallsOptions>>().Value.CallBackMinutes),
            sp.GetRequiredService<IOptions<CallsOptions>>().Value.RingSeconds));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CallsOptions>>().Value.Records.ToColumns());
        services.AddSingleton<ICallNoticeSink, CallNotifier>();
        services.AddSingleton<CallText>();
        services.AddSingleton<CallLog>();
        services.AddSingleton<CallBacks>();
        services.AddSingleton<CallQueries>();
        services.AddSingleton<CallRounds>();
        services.AddSingleton<CallRecordImport>();
        services.AddSingleton<AnswerTimes>();
        services.AddSingleton<ITeamsFileImport, CallRecordsFileImport>();
        services.AddSingleton<ITeamsTask, CallLogTask>();
        services.AddSingleton<ITeamsTask, CallListTask>();
        services.AddSingleton<ITeamsTask, MyMessagesTask>();
        services.AddSingleton<ITeamsTask, CalledBackTask>();
        services.AddSingleton<ITeamsTask, CallRecordsTask>();
        services.AddHostedService<CallRoundsWorker>();
        return services;
    }
}
