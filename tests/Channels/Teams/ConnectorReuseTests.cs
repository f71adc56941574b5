using System.Net;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Channels.Teams;

// The SDK built a connector client (with its own HTTP client and serializer settings) and a user-token client for
// every turn; FrontDesk's adapter keeps one connector client per service URL and builds no token client it does not use.
public class ConnectorReuseTests
{
    [Fact]
    public async Task Many_users_turns_are_answered_through_one_connector_client()
    {
        var app = new CountingApp();
        await using var teams = new TeamsHarness(app);
        var users = new List<TeamsUser>();
        for (var i = 0; i < 3; i++)
        {
            users.Add(await teams.AddTenantAsync("Contoso", $"Member {i}", $"member{i}@contoso.com"));
            await teams.SayAsync(users[i], "help");
        }
        var before = app.Clients.Created;

        foreach (var user in users)
        {
            var card = await teams.OpenAsync(user, "help");
            Assert.Contains("What I can do for you", card.CardText, StringComparison.Ordinal);
            Assert.Equal(user.ConversationId, card.ConversationId);
        }

        // Before the change: two new HTTP clients a turn (connector, user token), six here.
        Assert.Equal(0, app.Clients.Created - before);
        Assert.Equal(1, app.Clients.Created);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_is_still_refused()
    {
        var app = new FrontDeskApp();
        app.Settings["MicrosoftAppId"] = "3f2b9a57-4c1e-4d55-9a2e-6f1c2b7d8e90";
        app.Settings["MicrosoftAppPassword"] = "secret";
        await using var teams = new TeamsHarness(app);
        var stranger = TeamsUser.Create("Mallory", "mallory@elsewhere.com");

        using var response = await teams.PostRawAsync(stranger.Message(teams.Channel.ServiceUrl, "help").ToString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(teams.Channel.Activities);
    }

    // The app with its HTTP client factory counted (the SDK's connector clients take their HttpClient from it).
    private sealed class CountingApp : FrontDeskApp
    {
        public CountingClients Clients { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var sdk = services.Last(d => d.ServiceType == typeof(IHttpClientFactory));
                services.AddSingleton<IHttpClientFactory>(sp =>
                {
                    Clients.Inner = (IHttpClientFactory)sdk.ImplementationFactory!(sp);
                    return Clients;
                });
            });
        }
    }

    private sealed class CountingClients : IHttpClientFactory
    {
        private int _created;

        public IHttpClientFactory? Inner { get; set; }

        public int Created => Volatile.Read(ref _created);

        public HttpClient CreateClient(string name)
        {
            if (name != CsvDownload.HttpClientName)
            {
                Interlocked.Increment(ref _created);
            }
            return Inner!.CreateClient(name);
        }
    }
}
