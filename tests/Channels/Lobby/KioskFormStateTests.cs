using FrontDesk.Bot.Channels.Lobby.DirectLine;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Channels.Lobby;

public class KioskFormStateTests
{
    [Fact]
    public async Task A_swept_kiosk_conversation_takes_its_form_state_with_it()
    {
        await using var h = new KioskHarness(app => app.Settings["Lobby:DirectLine:ConversationIdleMinutes"] = "10");
        var visitor = await h.VisitorAsync();
        var other = await h.VisitorAsync();
        await visitor.TapAsync("walkin");
        await other.TapAsync("walkin");
        var key = Key(visitor);
        Assert.True(await StoredAsync(h, key), "The walk-in form was remembered.");

        h.Clock.Advance(TimeSpan.FromMinutes(6));
        await other.SayAsync("hello");
        h.Clock.Advance(TimeSpan.FromMinutes(6));
        await h.Get<ConversationSweeper>().SweepAsync();

        Assert.False(await StoredAsync(h, key));
        Assert.True(await StoredAsync(h, Key(other)), "A conversation still in use keeps its forms.");
        Assert.Null(await h.Get<IConversationStore>().FindAsync(visitor.ConversationId));
    }

    // On SQLite a kiosk conversation lives in the process's memory, and so does its state: a kiosk turn writes no
    // bot state to the database (the walk-in it records is written, as always).
    [SqliteFact]
    public async Task On_one_host_the_kiosk_form_state_stays_in_memory_beside_its_conversation()
    {
        await using var h = new KioskHarness();
        var visitor = await h.VisitorAsync();
        await visitor.TapAsync("walkin");

        Assert.True(await StoredAsync(h, Key(visitor)));
        Assert.False(await h.Teams.WithDbAsync(db => db.BotState.AnyAsync(s => s.Key.StartsWith("directline/"))));
    }

    // Several instances share the conversation, so its state is in the database where each of them reads it.
    [PostgresFact]
    public async Task Across_instances_the_kiosk_form_state_is_in_the_database()
    {
        await using var h = new KioskHarness();
        var visitor = await h.VisitorAsync();
        await visitor.TapAsync("walkin");

        var key = Key(visitor);
        Assert.True(await h.Teams.WithDbAsync(db => db.BotState.AnyAsync(s => s.Key == key)));
    }

    private static string Key(KioskVisitor visitor) => $"directline/conversations/{visitor.ConversationId}";

    private static async Task<bool> StoredAsync(KioskHarness h, string key) =>
        (await h.Get<IStorage>().ReadAsync([key])).ContainsKey(key);
}

public class KioskLanguageTests
{
    // A visitor whose browser asks for neither English nor Chinese is answered in FrontDesk:FallbackLanguage.
    [Fact]
    public async Task The_kiosk_answers_in_the_configured_fallback_language()
    {
        await using var h = new KioskHarness(app => app.Settings["FrontDesk:FallbackLanguage"] = "zh-Hans");
        var visitor = await h.VisitorAsync("fr-FR");
        await visitor.SayAsync("bonjour");

        Assert.Contains("欢迎", string.Join(" ", (await visitor.BotActivitiesAsync()).Where(KioskVisitor.HasCard).Select(KioskVisitor.RawText)), StringComparison.Ordinal);
    }
}
