using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Channels.Teams;

// Every message used to rewrite its chat's conversation reference in a write transaction; now only what says
// something new about the chat is written (a new service URL, an hour gone by), and an uninstall still counts.
public class ReferenceWritesTests
{
    [Fact]
    public async Task A_known_chat_is_rewritten_only_when_its_reference_changes_or_an_hour_has_passed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
        await using var teams = new TeamsHarness(new FrontDeskApp(clock));
        var alice = await teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");
        await teams.SayAsync(alice, "help");
        var first = clock.GetUtcNow();
        Task<FrontDesk.Data.Directory.ConversationReferenceRecord> Row() =>
            teams.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync(r => r.ConversationId == alice.ConversationId));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Contains("What I can do for you", (await teams.OpenAsync(alice, "help")).CardText, StringComparison.Ordinal);
        Assert.Equal(first, (await Row()).UpdatedAt);

        // Teams moved the chat to another regional service: the next message says so, and notices go there.
        await using var moved = new FakeTeamsChannel();
        await teams.PostAsync(alice.Message(moved.ServiceUrl, "help"));
        var afterMove = await Row();
        Assert.Equal(moved.ServiceUrl.ToString(), afterMove.ServiceUrl);
        Assert.Equal(clock.GetUtcNow(), afterMove.UpdatedAt);

        clock.Advance(TimeSpan.FromMinutes(61));
        await teams.PostAsync(alice.Message(moved.ServiceUrl, "help"));
        Assert.Equal(clock.GetUtcNow(), (await Row()).UpdatedAt);

        // Removed and added again: the row is marked unreachable, then reachable, although nothing else changed.
        await teams.PostAsync(alice.Installed(moved.ServiceUrl, "remove"));
        Assert.False((await Row()).Installed);
        await teams.PostAsync(alice.Message(moved.ServiceUrl, "help"));
        Assert.True((await Row()).Installed);
    }
}
