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

    [Fact]
    public async Task The_chat_keeps_the_language_of_the_users_locale_and_the_fallback_for_any_other()
    {
        var app = new FrontDeskApp();
        app.Settings["FrontDesk:FallbackLanguage"] = "zh-Hans";
        await using var teams = new TeamsHarness(app);
        var alice = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");
        Task<string?> LanguageAsync() => teams.WithDbAsync(db => db.ConversationReferences.Select(r => r.Language).SingleAsync());

        await teams.SayAsync(alice, "help", "en-GB");
        Assert.Equal("en", await LanguageAsync());

        // An event without a locale does not forget it.
        var noLocale = alice.Installed(teams.Channel.ServiceUrl);
        noLocale.Remove("locale");
        await teams.PostAsync(noLocale);
        Assert.Equal("en", await LanguageAsync());

        await teams.SayAsync(alice, "help", "zh-CN");
        Assert.Equal("zh-Hans", await LanguageAsync());

        await teams.SayAsync(alice, "help", "fr-FR");
        Assert.Equal("zh-Hans", await LanguageAsync());
        await teams.SayAsync(alice, "help", "en-US");
        Assert.Equal("en", await LanguageAsync());
    }
}
