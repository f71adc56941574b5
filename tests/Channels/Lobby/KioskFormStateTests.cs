using FrontDesk.Bot.Channels.Lobby.DirectLine;
using FrontDesk.Tests.Visits.Kiosk;
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
        var key = $"directline/conversations/{visitor.ConversationId}";
        Assert.True(await h.Teams.WithDbAsync(db => db.BotState.AnyAsync(s => s.Key == key)), "The walk-in form was remembered.");

        h.Clock.Advance(TimeSpan.FromMinutes(6));
        await other.SayAsync("hello");
        h.Clock.Advance(TimeSpan.FromMinutes(6));
        await h.Get<ConversationSweeper>().SweepAsync();

        Assert.False(await h.Teams.WithDbAsync(db => db.BotState.AnyAsync(s => s.Key == key)));
        Assert.True(await h.Teams.WithDbAsync(db => db.BotState.AnyAsync(s => s.Key == $"directline/conversations/{other.ConversationId}")),
            "A conversation still in use keeps its forms.");
        Assert.Null(await h.Get<IConversationStore>().FindAsync(visitor.ConversationId));
    }
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
