using FrontDesk.Bench.Hosting;
using FrontDesk.Bot.Channels.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace FrontDesk.Bench.Echo;

// The reference: the SDK's echo bot as its docs build it (CloudAdapter with the HttpClient factory,
// MemoryStorage, console logging at Warning), alone in its own process and Kestrel on a loopback port.
// With --reuse, the adapter gets FrontDesk's one change (ConnectorReuse) and nothing else differs.
public static class EchoHost
{
    public const string Command = "serve-echo";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = int.Parse(args[Array.IndexOf(args, "--port") + 1], System.Globalization.CultureInfo.InvariantCulture);
        var reuse = args.Contains("--reuse");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
        {
            var stock = new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(), logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>());
            return reuse ? new ConnectorReuse(stock) : stock;
        });
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddTransient<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot));
        app.MapGet("/healthz", () => "ok");
        await app.RunAsync();
        return 0;
    }

    // Starts one in its own process, so it has its own thread pool and heap, as FrontDesk's host has.
    public static Task<ChildProcess> StartAsync(bool reuse, string logFolder)
    {
        var port = FreePort.Next();
        var args = new List<string> { Command, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (reuse)
        {
            args.Add("--reuse");
        }
        return ChildProcess.StartAsync(RepoPaths.BenchDll, args, new Uri($"http://127.0.0.1:{port}/"),
            Path.Combine(logFolder, reuse ? "echo-reuse.log" : "echo-stock.log"));
    }
}
