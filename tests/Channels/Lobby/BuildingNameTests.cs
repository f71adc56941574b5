using System.Net.Http.Json;
using System.Text.Json;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.Options;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

// One building name: the kiosk page and its greeting say what the cards say (FrontDesk:BuildingName).
public class BuildingNameTests
{
    [Fact]
    public async Task Without_settings_the_kiosk_shows_the_same_default_name_as_the_cards()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);

        var config = await app.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/api/lobby/config", UriKind.Relative));
        var greeting = Assert.Single((await client.GetActivitiesAsync()).Activities);

        Assert.Equal("FrontDesk Tower", config.GetProperty("buildingName").GetString());
        Assert.Contains("Welcome to FrontDesk Tower", VisibleText.Of(greeting), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontDesk_BuildingName_names_the_kiosk_page()
    {
        using var app = new FrontDeskApp();
        app.Settings["FrontDesk:BuildingName"] = "Harbour House";

        var config = await app.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/api/lobby/config", UriKind.Relative));

        Assert.Equal("Harbour House", config.GetProperty("buildingName").GetString());
    }

    // Before its script has loaded, the page already bears the building's name and the kiosk's language.
    [Fact]
    public async Task The_page_itself_is_titled_with_the_building_and_in_the_kiosks_language()
    {
        using var app = new FrontDeskApp();
        app.Settings["FrontDesk:BuildingName"] = "Harbour <House>";
        app.Settings["Lobby:Language"] = "zh-Hans";

        var html = await app.CreateClient().GetStringAsync(new Uri("/lobby", UriKind.Relative));

        Assert.Contains("<title>Harbour &lt;House&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>FrontDesk</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retired_Lobby_BuildingName_stops_the_start_and_says_where_the_name_goes()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:BuildingName"] = "Harbour House";

        var validation = StartRefusal.Of(app);
        Assert.Contains("Lobby:BuildingName is no longer read", validation.Message, StringComparison.Ordinal);
        Assert.Contains("FrontDesk:BuildingName", validation.Message, StringComparison.Ordinal);
    }
}
