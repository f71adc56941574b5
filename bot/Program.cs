using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Features;
using FrontDesk.Bot.Features.Assessment;
using FrontDesk.Bot.Features.Calls;
using FrontDesk.Bot.Features.Directory;
using FrontDesk.Bot.Features.Feedback;
using FrontDesk.Bot.Features.Mail;
using FrontDesk.Bot.Features.Privacy;
using FrontDesk.Bot.Features.Reports;
using FrontDesk.Bot.Features.Staffing;
using FrontDesk.Bot.Features.Supervision;
using FrontDesk.Bot.Features.Traffic;
using FrontDesk.Bot.Features.Training;
using FrontDesk.Bot.Features.Visits;
using FrontDesk.Bot.Hosting;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Bot.Notifications;

var builder = WebApplication.CreateBuilder(args);
ListenAddress.ApplyTo(builder);
builder.Services
    .AddFrontDeskData(builder.Configuration, builder.Environment)
    .AddBuilding()
    .AddTeamsChannel(builder.Configuration)
    .AddLobby()
    // Features in the order their tasks answer and appear on the help card.
    .AddDirectory()
    .AddMail()
    .AddCalls()
    .AddVisits()
    .AddFeedback()
    .AddAssessment()
    .AddTraining()
    .AddTraffic()
    .AddStaffing()
    .AddReports()
    .AddSupervision()
    .AddPrivacy()
    .AddSchedules()
    .AddNotifications();

var app = builder.Build();
if (await CommandLine.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}
app.MapTeamsChannel();
app.MapLobby();
app.MapDownloads();
app.MapReports();
app.MapFrontDeskHealth();
ListenAddress.Announce(app);
await app.RunAsync();
return 0;

public partial class Program;
