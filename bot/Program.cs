using FrontDesk.Bot.Hosting;
using FrontDesk.Bot.Lobby;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFrontDeskData(builder.Configuration, builder.Environment);
builder.Services.AddTeamsBot(builder.Configuration);
builder.Services.AddLobby(builder.Configuration);

var app = builder.Build();
app.MapTeamsBot();
app.MapLobby();
app.MapGet("/healthz", () => "ok");
app.Run();

public partial class Program;
