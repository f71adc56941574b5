using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Channels.Teams;

public class BotCredentialsTests
{
    private const string AppId = "3f2b9a57-4c1e-4d55-9a2e-6f1c2b7d8e90";

    [Fact]
    public void The_root_keys_are_read_before_the_app_is_built_as_after()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com",
        }).Build();

        var early = BotCredentialsOptions.From(configuration);

        Assert.True(early.IsAuthenticated);
        Assert.Equal((AppId, "secret", "SingleTenant", "contoso.onmicrosoft.com"),
            (early.MicrosoftAppId, early.MicrosoftAppPassword, early.MicrosoftAppType, early.MicrosoftAppTenantId));
        Assert.False(BotCredentialsOptions.From(new ConfigurationBuilder().Build()).IsAuthenticated);
    }

    [Fact]
    public void Without_an_app_id_the_running_app_is_unauthenticated()
    {
        using var app = new FrontDeskApp();

        var credentials = app.Services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;

        Assert.False(credentials.IsAuthenticated);
        Assert.Equal("MultiTenant", credentials.MicrosoftAppType);
    }

    [Theory]
    [InlineData("SingleTennant", "secret", "", "MicrosoftAppType 'SingleTennant' must be one of MultiTenant, SingleTenant, UserAssignedMSI.")]
    [InlineData("SingleTenant", "secret", "", "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.")]
    [InlineData("MultiTenant", "", "", "MicrosoftAppPassword is required with MicrosoftAppId when MicrosoftAppType is MultiTenant.")]
    [InlineData("UserAssignedMSI", "secret", "contoso.onmicrosoft.com", "MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.")]
    public void Credentials_the_channel_would_refuse_later_stop_the_start(string type, string password, string tenant, string expected)
    {
        using var app = new FrontDeskApp();
        app.Settings["MicrosoftAppId"] = AppId;
        app.Settings["MicrosoftAppType"] = type;
        app.Settings["MicrosoftAppPassword"] = password;
        app.Settings["MicrosoftAppTenantId"] = tenant;

        var validation = StartRefusal.Of(app);
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }
}
