using FrontDesk.Bot.Features;
using FrontDesk.Data;
using FrontDesk.Data.Mail;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Hosting;

public class BuildingOptionsTests
{
    [Fact]
    public void The_building_time_and_the_mail_rules_share_the_one_configured_zone()
    {
        using var app = new FrontDeskApp();
        app.Settings["FrontDesk:TimeZone"] = "Europe/London";

        var building = app.Services.GetRequiredService<Building>();

        Assert.Equal("Europe/London", building.Zone.Id);
        Assert.Same(building.Zone, app.Services.GetRequiredService<BuildingTime>().Zone);
        Assert.Same(building.Zone, app.Services.GetRequiredService<MailRules>().TimeZone);
    }

    [Theory]
    [InlineData("FrontDesk:TimeZone", "Mars/Olympus", "FrontDesk:TimeZone 'Mars/Olympus' is not a known time zone id")]
    [InlineData("FrontDesk:BuildingName", " ", "FrontDesk:BuildingName must not be empty.")]
    [InlineData("FrontDesk:FallbackLanguage", "fr", "FrontDesk:FallbackLanguage 'fr' must be one of en, zh-Hans.")]
    [InlineData("FrontDesk:PublicUrl", "desk.example.com", "FrontDesk:PublicUrl 'desk.example.com' must be an absolute http or https URL.")]
    public void A_bad_building_setting_stops_the_start_naming_the_key(string key, string value, string expected)
    {
        using var app = new FrontDeskApp();
        app.Settings[key] = value;

        var validation = StartRefusal.Of(app);
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }
}
