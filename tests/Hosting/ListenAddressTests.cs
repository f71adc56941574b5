using System.Net.Sockets;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontDesk.Tests.Hosting;

// The host's start as Program.cs does it (listen policy, then serve), with the settings an operator would give.
[Collection(HandBuiltHosts.Name)]
public class ListenAddressTests
{
    [Fact]
    public async Task Without_an_app_id_a_Kestrel_endpoint_on_every_interface_stops_the_start_before_it_listens()
    {
        var port = FreePort();
        var (app, logs) = Build($"--Kestrel:Endpoints:Http:Url=http://0.0.0.0:{port}");
        await using var _ = app;

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains($"http://0.0.0.0:{port} (Kestrel:Endpoints:Http:Url)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(ListenAddress.AllowSetting, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(logs.Messages(LogLevel.Critical), m => m.StartsWith("Refusing to start", StringComparison.Ordinal));
        Assert.False(Listening(port), "nothing may listen on the refused port");
    }

    [Theory]
    [InlineData("--urls=http://0.0.0.0:{0}", "urls (--urls, ASPNETCORE_URLS)")]
    [InlineData("--urls=http://*:{0}", "urls (--urls, ASPNETCORE_URLS)")]
    [InlineData("--http_ports={0}", "http_ports (ASPNETCORE_HTTP_PORTS)")]
    public async Task Without_an_app_id_other_ways_of_asking_for_every_interface_stop_the_start(string setting, string source)
    {
        var port = FreePort();
        var (app, _) = Build(string.Format(System.Globalization.CultureInfo.InvariantCulture, setting, port));
        await using var _app = app;

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains(source, refusal.Message, StringComparison.Ordinal);
        Assert.False(Listening(port));
    }

    [Fact]
    public async Task The_explicit_setting_lets_it_listen_on_every_interface_and_the_log_says_so_loudly_with_the_real_address()
    {
        var (app, logs) = Build("--Kestrel:Endpoints:Http:Url=http://0.0.0.0:0", $"--{ListenAddress.AllowSetting}=true");
        await using var _ = app;

        await app.StartAsync();

        var bound = Assert.Single(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses);
        Assert.StartsWith("http://0.0.0.0:", bound, StringComparison.Ordinal);
        var warning = Assert.Single(logs.Messages(LogLevel.Critical));
        Assert.Contains("UNAUTHENTICATED AND REACHABLE FROM THE NETWORK", warning, StringComparison.Ordinal);
        Assert.Contains(bound, warning, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Messages(LogLevel.Information), m => m.Contains("loopback only", StringComparison.Ordinal));
        await app.StopAsync();
    }

    [Fact]
    public async Task Without_an_app_id_a_loopback_endpoint_starts_and_the_log_names_the_address_it_listens_on()
    {
        var port = FreePort();
        var (app, logs) = Build($"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{port}");
        await using var _ = app;

        await app.StartAsync();

        Assert.True(Listening(port));
        var warning = Assert.Single(logs.Messages(LogLevel.Warning), m => m.Contains("loopback only", StringComparison.Ordinal));
        Assert.Contains($"http://127.0.0.1:{port}", warning, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task With_an_app_id_every_interface_is_allowed()
    {
        var (app, logs) = Build("--urls=http://0.0.0.0:0", "--MicrosoftAppId=00000000-0000-0000-0000-000000000001", "--MicrosoftAppPassword=secret");
        await using var _ = app;

        await app.StartAsync();

        Assert.Contains(logs.Messages(LogLevel.Information), m => m.StartsWith("Listening on http://0.0.0.0:", StringComparison.Ordinal));
        await app.StopAsync();
    }

    private static (WebApplication App, RecordedLogs Logs) Build(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        var logs = new RecordedLogs();
        builder.Logging.AddProvider(logs);
        ListenAddress.ApplyTo(builder);
        builder.Services.AddOptions<BotCredentialsOptions>().Bind(builder.Configuration);
        return (builder.Build(), logs);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static bool Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
