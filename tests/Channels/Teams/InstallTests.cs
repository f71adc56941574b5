using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Channels.Teams;

public class InstallTests
{
    [Fact]
    public async Task Installing_the_bot_stores_where_to_reach_the_user_and_greets_them()
    {
        await using var teams = new TeamsHarness();
        var alice = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");

        await teams.PostAsync(alice.Installed(teams.Channel.ServiceUrl));
        var greeting = await teams.PostAsync(alice.BotAdded(teams.Channel.ServiceUrl));

        var stored = await teams.WithDbAsync(db => db.ConversationReferences.SingleAsync());
        Assert.Equal("msteams", stored.ChannelId);
        Assert.Equal(alice.ConversationId, stored.ConversationId);
        Assert.Equal("personal", stored.ConversationType);
        Assert.Equal(alice.AadObjectId, stored.UserAadObjectId);
        Assert.Equal(TeamsUser.TenantId, stored.TenantId);
        Assert.Equal(teams.Channel.ServiceUrl.ToString(), stored.ServiceUrl);
        Assert.True(stored.Installed);
        var reference = JObject.Parse(stored.ReferenceJson);
        Assert.Equal(alice.ConversationId, (string?)reference["conversation"]?["id"]);
        Assert.Equal(TeamsUser.BotId, (string?)reference["bot"]?["id"]);

        Assert.Equal("Welcome, Alice! I have linked your Teams account to Contoso in the building directory.", greeting[0].Text);
        Assert.Contains("Hello! I am the building's front-desk assistant.", greeting[1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_refreshes_the_reference_and_uninstalling_marks_it_unreachable()
    {
        await using var teams = new TeamsHarness();
        var alice = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");
        await teams.SayAsync(alice, "help");
        var first = await teams.WithDbAsync(db => db.ConversationReferences.SingleAsync());

        await teams.SayAsync(alice, "help");
        Assert.Equal(1, await teams.WithDbAsync(db => db.ConversationReferences.CountAsync()));

        await teams.PostAsync(alice.Installed(teams.Channel.ServiceUrl, "remove"));
        var after = await teams.WithDbAsync(db => db.ConversationReferences.SingleAsync());
        Assert.Equal(first.Id, after.Id);
        Assert.False(after.Installed);
    }
}
