using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Directory;

public class ConversationReferencesTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ConversationReferences _references;

    public ConversationReferencesTests() => _references = new ConversationReferences(_database, _database.Clock);

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ConversationReferenceRecord Chat(string conversationId, string? aad = "aad-ada", string type = "personal",
        string channel = "msteams", string serviceUrl = "https://smba.example/emea/", string? language = null) => new()
        {
            ChannelId = channel,
            ConversationId = conversationId,
            ConversationType = type,
            UserId = "29:ada",
            UserAadObjectId = aad,
            TenantId = "tenant-1",
            ServiceUrl = serviceUrl,
            ReferenceJson = $$"""{"conversation":{"id":"{{conversationId}}"},"serviceUrl":"{{serviceUrl}}"}""",
            Language = language,
        };

    [Fact]
    public async Task Upserting_a_conversation_twice_keeps_one_row_with_the_newest_address()
    {
        await _references.UpsertAsync(Chat("a:1"));
        _database.Clock.Advance(TimeSpan.FromHours(1));

        await _references.UpsertAsync(Chat("a:1", serviceUrl: "https://smba.example/amer/"));

        await using var db = _database.CreateDbContext();
        var row = await db.ConversationReferences.SingleAsync();
        Assert.Equal("https://smba.example/amer/", row.ServiceUrl);
        Assert.Contains("amer", row.ReferenceJson, StringComparison.Ordinal);
        Assert.Equal(_database.Clock.GetUtcNow(), row.UpdatedAt);
        Assert.True(row.Installed);
    }

    [Fact]
    public async Task Turns_of_a_new_conversation_arriving_together_store_one_row()
    {
        var others = Enumerable.Range(0, 6).Select(_ => new ConversationReferences(_database, _database.Clock)).ToList();

        await Task.WhenAll(others.Select(r => Task.Run(() => r.UpsertAsync(Chat("a:new")))));

        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.ConversationReferences.CountAsync());
    }

    [Fact]
    public async Task An_uninstalled_chat_is_no_longer_found_for_the_user_until_reinstalled()
    {
        await _references.UpsertAsync(Chat("a:1"));

        Assert.True(await _references.MarkUninstalledAsync("msteams", "a:1"));

        Assert.Null(await _references.FindPersonalAsync("aad-ada"));
        Assert.False((await _references.FindAsync("msteams", "a:1"))!.Installed);
        Assert.False(await _references.MarkUninstalledAsync("msteams", "never-seen"));

        await _references.UpsertAsync(Chat("a:1"));
        Assert.Equal("a:1", (await _references.FindPersonalAsync("aad-ada"))?.ConversationId);
    }

    [Fact]
    public async Task The_personal_chat_found_is_the_newest_installed_one_in_teams()
    {
        await _references.UpsertAsync(Chat("a:old"));
        _database.Clock.Advance(TimeSpan.FromMinutes(5));
        await _references.UpsertAsync(Chat("a:new"));
        _database.Clock.Advance(TimeSpan.FromMinutes(5));
        await _references.UpsertAsync(Chat("19:team-channel", type: "channel"));
        await _references.UpsertAsync(Chat("lobby-1", channel: "directline"));
        await _references.UpsertAsync(Chat("a:grace", aad: "aad-grace"));

        var found = await _references.FindPersonalAsync("aad-ada");

        Assert.Equal("a:new", found?.ConversationId);
        Assert.Equal("a:grace", (await _references.FindPersonalAsync("aad-grace"))?.ConversationId);
        Assert.Null(await _references.FindPersonalAsync("aad-nobody"));
    }

    [Fact]
    public async Task Find_by_channel_and_conversation()
    {
        await _references.UpsertAsync(Chat("19:team-channel", aad: null, type: "channel"));

        var found = await _references.FindAsync("msteams", "19:team-channel");

        Assert.Equal("channel", found?.ConversationType);
        Assert.Null(await _references.FindAsync("directline", "19:team-channel"));
    }

    [Fact]
    public async Task Languages_of_many_users_come_from_each_ones_newest_installed_personal_chat()
    {
        await _references.UpsertAsync(Chat("a:old", language: "en"));
        _database.Clock.Advance(TimeSpan.FromMinutes(5));
        await _references.UpsertAsync(Chat("a:new", language: "zh-Hans"));
        await _references.UpsertAsync(Chat("19:team-channel", type: "channel", language: "en"));
        await _references.UpsertAsync(Chat("a:grace", aad: "aad-grace", language: "en"));
        await _references.UpsertAsync(Chat("a:grace", aad: "aad-grace")); // no locale this time: still English
        await _references.UpsertAsync(Chat("a:linus", aad: "aad-linus"));
        await _references.UpsertAsync(Chat("a:gone", aad: "aad-gone", language: "zh-Hans"));
        await _references.MarkUninstalledAsync("msteams", "a:gone");

        await using var db = _database.CreateDbContext();
        var languages = await ConversationReferences.LanguagesAsync(db, ["aad-ada", "aad-grace", "aad-linus", "aad-gone", "aad-nobody"]);

        Assert.Equal(new Dictionary<string, string?> { ["aad-ada"] = "zh-Hans", ["aad-grace"] = "en", ["aad-linus"] = null }, languages);
    }
}
