using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Channels.Lobby;

public class AzureDirectLineTests
{
    [Fact]
    public async Task In_Azure_mode_the_page_token_comes_from_Azure_with_our_secret_and_the_local_server_is_off()
    {
        var azure = new RecordingHandler("{\"conversationId\":\"AzConv1\",\"token\":\"az-token\",\"expires_in\":1800}");
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:Mode"] = "Azure";
        app.Settings["Lobby:DirectLine:AzureSecret"] = "azure-secret-value";
        using var factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient<AzureLobbyTokenSource>().ConfigurePrimaryHttpMessageHandler(() => azure)));
        var http = factory.CreateClient();

        using var tokenResponse = await http.PostAsync(new Uri("/api/lobby/token", UriKind.Relative), null);
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        var config = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/lobby/config", UriKind.Relative));
        using var local = await http.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), null);

        Assert.Equal("az-token", token.GetProperty("token").GetString());
        Assert.Equal("AzConv1", token.GetProperty("conversationId").GetString());
        var request = Assert.Single(azure.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://directline.botframework.com/v3/directline/tokens/generate", request.Uri);
        Assert.Equal("Bearer azure-secret-value", request.Authorization);
        Assert.StartsWith("dl_", JsonDocument.Parse(request.Body).RootElement.GetProperty("user").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://directline.botframework.com/v3/directline", config.GetProperty("directLineDomain").GetString());
        Assert.DoesNotContain("azure-secret-value", config.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, local.StatusCode);
    }

    [Fact]
    public async Task When_Azure_refuses_the_page_gets_502_not_a_crash()
    {
        var azure = new RecordingHandler("{}", HttpStatusCode.Forbidden);
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:Mode"] = "Azure";
        app.Settings["Lobby:DirectLine:AzureSecret"] = "wrong-secret";
        using var factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHttpClient<AzureLobbyTokenSource>().ConfigurePrimaryHttpMessageHandler(() => azure)));

        using var response = await factory.CreateClient().PostAsync(new Uri("/api/lobby/token", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public void Azure_mode_without_a_secret_stops_the_app_at_start()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:DirectLine:Mode"] = "Azure";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Lobby:DirectLine:AzureSecret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_idle_time_stops_the_app_at_start()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:IdleResetMinutes"] = "0";

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Lobby:IdleResetMinutes", error.ToString(), StringComparison.Ordinal);
    }

    private sealed record SeenRequest(HttpMethod Method, string Uri, string? Authorization, string Body);

    private sealed class RecordingHandler(string response, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
    {
        public List<SeenRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(new SeenRequest(request.Method, request.RequestUri!.ToString(), request.Headers.Authorization?.ToString(), body));
            return new HttpResponseMessage(status) { Content = new StringContent(response, Encoding.UTF8, "application/json") };
        }
    }
}
