using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Bot.Features.Visits;
using FrontDesk.Bot.Hosting;
using FrontDesk.Bot.Notifications;

var builder = WebApplication.CreateBuilder(args);
ListenAddress.ApplyTo(builder);
builder.Services.AddFrontDeskData(builder.Configuration, builder.Environment);
builder.Services.AddTeamsBot(builder.Configuration);
builder.Services.AddLobby(builder.Configuration);
builder.Services.AddVisits();
builder.Services.AddNotifications();

var app = builder.Build();
if (await CommandLine.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}
app.MapTeamsBot();
app.MapLobby();
app.MapVisits();
app.MapFrontDeskHealth();
ListenAddress.Announce(app);
await app.RunAsync();
return 0;

public partial class Program;
